import type { RecurringRow } from "../recurring/types";

/** One account's net on one day, in øre, of the rows that count as spending or income (own transfers left out). */
export interface DailyNet {
  accountId: string;
  day: string;
  net: number;
}

/**
 * The per-day nets of `rows`, as the store's per-day totals give them (lib/db/daily-totals.ts) without
 * reading a row: for tests and benches that start from rows. Pure.
 */
export function dailyNetOf(rows: readonly RecurringRow[]): DailyNet[] {
  const nets = new Map<string, DailyNet>();
  for (const row of rows) {
    if (row.isOwnTransfer) continue;
    const key = `${row.accountId}|${row.bookingDate}`;
    const entry = nets.get(key);
    if (entry) entry.net += row.amount;
    else nets.set(key, { accountId: row.accountId, day: row.bookingDate, net: row.amount });
  }
  return [...nets.values()];
}
