import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { seriesInputs } from "../db/recurring-reads";
import { addDays } from "../dates/oslo-date";
import { forecastBalances } from "../forecast/forecast-balances";
import { PENDING_LOOKBACK_DAYS } from "../sync/pending-lookback";
import type { Forecast, ForecastAccount } from "../forecast/types";
import { detectSeries } from "../recurring/detect-series";
import { settleReservedCharges } from "../recurring/pending-claims";
import type { RecurringSeries } from "../recurring/types";
import { cachedFiguresTag } from "./cached-figures-tag";

export interface RecurringFigures {
  /** Detected series, a series' charge the bank has reserved under other text laid over it (settleReservedCharges). */
  series: RecurringSeries[];
  forecast: Forecast;
}

export interface FiguresAccount extends ForecastAccount {
  accountNumber: string;
}

/**
 * Detected series and the 30-day forecast, computed from the rows they need (lib/db/recurring-reads.ts) and kept in server memory
 * per version of the synced data, per day and per set of dismissed series (dismissing one changes
 * the forecast; a new choice is a new key, so a stale entry is never read).
 */
export async function recurringFigures(userId: string, accounts: readonly FiguresAccount[], dataVersion: string, today: string, dismissedKeys: readonly string[]): Promise<RecurringFigures> {
  "use cache";
  cacheLife("days");
  cacheTag(cachedFiguresTag(userId));
  const numbers = new Map(accounts.map((account) => [account.id, account.accountNumber]));
  const accountKey = (accountId: string) => numbers.get(accountId) ?? accountId;
  // The forecast's variable spending looks back 91 days (forecastBalances' default).
  // Pending rows only as far back as a sync still looks for their booking: an older one stays pending for good.
  const pendingFrom = addDays(today, -PENDING_LOOKBACK_DAYS);
  const { seriesRows, dailyNet, pending } = await seriesInputs(userId, addDays(today, -91), accountKey, pendingFrom);
  const series = detectSeries(seriesRows, today, { accountKey });
  const dismissed = new Set(dismissedKeys);
  const forecast = forecastBalances({
    rows: seriesRows,
    dailyNet,
    series: series.filter((candidate) => !dismissed.has(candidate.key)),
    accounts: accounts.map(({ id, balance, currencyCode, creditLimit }) => ({ id, balance, pending: pending.get(id) ?? 0, currencyCode, creditLimit })),
    today,
    pendingFrom,
  });
  return { series: settleReservedCharges(series, forecast.reserved), forecast };
}
