import "server-only";
import type { InsightSnapshot } from "../insights/types";
import { readDailyTotals } from "./daily-totals";

/**
 * What replaying balances needs, for every account of the user in one batch: the booked net of each
 * account and day in (after, to], and the balance snapshots taken since `after`.
 */
export async function readBalanceTotals(userId: string, after: string, to: string): Promise<{ booked: { accountId: string; day: string; net: number }[]; snapshots: InsightSnapshot[] }> {
  const [booked, snapshots] = await readDailyTotals([
    {
      sql: `SELECT "accountId", "day", SUM("inSum" + "outSum") AS "net" FROM "DailyCategoryTotal"
            WHERE "userId" = ? AND "booked" = 1 AND "day" > ? AND "day" <= ? GROUP BY "accountId", "day"`,
      args: [userId, after, to],
    },
    {
      sql: `SELECT s."accountId", s."date", s."balance" FROM "BalanceSnapshot" s JOIN "Account" a ON a."id" = s."accountId"
            WHERE a."userId" = ? AND s."date" >= ? ORDER BY s."takenAt" ASC`,
      args: [userId, after],
    },
  ]);
  return {
    booked: booked!.rows.map((row) => ({ accountId: String(row.accountId), day: String(row.day), net: Number(row.net) })),
    snapshots: snapshots!.rows.map((row) => ({ accountId: String(row.accountId), date: String(row.date), balance: Number(row.balance) })),
  };
}
