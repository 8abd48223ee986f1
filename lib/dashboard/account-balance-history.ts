import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { addDays } from "../dates/oslo-date";
import { readOverviewTotals } from "../db/overview-totals";
import { BalanceReplay } from "../insights/balance-replay";
import { dayNumber } from "../insights/calendar";
import { overviewTotalsRanges } from "../insights/series-from-totals";
import type { BalancePoint } from "../insights/types";
import { cachedFiguresTag } from "./cached-figures-tag";

interface AccountForHistory {
  id: string;
  balance: number;
  currencyCode: string;
}

/** A year of one account's end-of-day balances, from the per-day totals, kept like the overview's series (see there). */
export async function accountBalanceHistory(userId: string, account: AccountForHistory, dataVersion: string, today: string): Promise<BalancePoint[]> {
  "use cache";
  cacheLife("days");
  cacheTag(cachedFiguresTag(userId));
  const from = addDays(today, -365);
  const { totals, snapshots } = await readOverviewTotals(userId, overviewTotalsRanges(today, today.slice(0, 7), from), false, account.id);
  // As balanceOverTime over the account's rows: booked rows after `from` up to today move the balance.
  const replay = new BalanceReplay(from, today, [account], snapshots, { accountIds: [account.id], currency: account.currencyCode });
  for (const { accountId, day, net } of totals.booked) replay.addBooked(accountId, dayNumber(day), net);
  return replay.finish();
}
