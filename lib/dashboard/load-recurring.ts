import "server-only";
import { cache } from "react";
import { accountsForUser } from "../db/dashboard-reads";
import { renderedSeriesChoices } from "../db/series-choices";
import { syncedDataVersion } from "../db/sync-runs";
import type { Forecast } from "../forecast/types";
import { applyChoices } from "../recurring/apply-choices";
import { seriesSummary, type SeriesSummary } from "../recurring/series-summary";
import type { ChosenSeries } from "../recurring/types";
import { recurringFigures } from "./recurring-figures";

export interface RecurringView {
  /** Listed series (own transfers left out), dismissed ones included and marked. */
  series: ChosenSeries[];
  summary: SeriesSummary;
  forecast: Forecast;
  accountNames: Map<string, string>;
}

/** Series with the owner's choices laid over them, their totals and the forecast, for one user and day. */
export async function loadRecurring(userId: string, today: string): Promise<RecurringView> {
  const [accounts, dataVersion, choices] = await Promise.all([accountsForUser(userId), syncedDataVersion(userId), renderedSeriesChoices(userId)]);
  const dismissed = choices.filter((choice) => choice.status === "DISMISSED").map((choice) => choice.seriesKey).sort();
  const figures = await recurringFigures(
    userId,
    accounts.map((account) => ({ id: account.id, accountNumber: account.accountNumber, balance: account.balance, currencyCode: account.currencyCode, creditLimit: account.creditLimit ?? 0 })),
    dataVersion ?? "never-synced",
    today,
    dismissed,
  );
  const series = applyChoices(figures.series, choices).filter((candidate) => !candidate.ownTransfer);
  return { series, summary: seriesSummary(series), forecast: figures.forecast, accountNames: new Map(accounts.map((account) => [account.id, account.name])) };
}

/**
 * loadRecurring as one page render sees it: the overview starts it with its first sections, so after
 * a sync its reads join the chart series' read batch instead of waiting for the charts to render the
 * forecast (one database round trip fewer).
 */
export const renderedRecurring = cache(loadRecurring);
