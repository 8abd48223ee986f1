import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { addDays } from "../dates/oslo-date";
import { readBalanceTotals } from "../db/balance-totals";
import { BalanceReplay } from "../insights/balance-replay";
import { dayNumber } from "../insights/calendar";
import type { BalancePoint } from "../insights/types";
import { sparklinePoints } from "../ui/sparkline-path";
import { cachedFiguresTag } from "./cached-figures-tag";

interface AccountForHistory {
  id: string;
  balance: number;
  currencyCode: string;
}

/**
 * A year of end-of-day balances for each of `accounts` (in their order), from the per-day totals
 * in one read, kept like the overview's series (see there). With `pointsAtMost`, only that many
 * of each year's days, evenly picked (sparklinePoints), are kept and sent on: what a small line can show.
 */
export async function accountBalanceHistories(userId: string, accounts: readonly AccountForHistory[], dataVersion: string, today: string, pointsAtMost?: number): Promise<BalancePoint[][]> {
  "use cache";
  cacheLife("days");
  cacheTag(cachedFiguresTag(userId));
  const from = addDays(today, -365);
  const { booked, snapshots } = await readBalanceTotals(userId, from, today);
  return accounts.map((account) => {
    // As balanceOverTime over the account's rows: booked rows after `from` up to today move the balance.
    const replay = new BalanceReplay(from, today, [account], snapshots.filter((snapshot) => snapshot.accountId === account.id), { accountIds: [account.id], currency: account.currencyCode });
    for (const { accountId, day, net } of booked) if (accountId === account.id) replay.addBooked(accountId, dayNumber(day), net);
    const history = replay.finish();
    return pointsAtMost === undefined ? history : sparklinePoints(history, pointsAtMost);
  });
}
