import { BalanceReplay } from "./balance-replay";
import { dayNumber } from "./calendar";
import type { BalanceOptions, BalancePoint, InsightAccount, InsightRow, InsightSnapshot } from "./types";

/**
 * Summed end-of-day balance for each day from `from` to `to` (today, whose end balance is the
 * accounts' current balance). Pending rows are left out: the bank has not moved the money yet.
 */
export function balanceOverTime(
  accounts: readonly InsightAccount[],
  rows: readonly InsightRow[],
  snapshots: readonly InsightSnapshot[],
  from: string,
  to: string,
  options?: BalanceOptions,
): BalancePoint[] {
  const replay = new BalanceReplay(from, to, accounts, snapshots, options);
  for (const row of rows) {
    if (row.status === "BOOKED" && row.bookingDate > from && row.bookingDate <= to) {
      replay.addBooked(row.accountId, dayNumber(row.bookingDate), row.amount);
    }
  }
  return replay.finish();
}
