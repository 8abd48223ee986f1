import "server-only";
import type { InStatement, ResultSet } from "@libsql/client";
import type { DailyNet } from "../forecast/daily-net";
import type { InsightSnapshot } from "../insights/types";
import { readDailyTotals } from "./daily-totals";
import { packedRows, packedValues } from "./packed-rows";

/** The columns of a read of nets per account and day (booked here, flows in the series reader). */
export const NET_COLUMNS = ["accountId", "day", "net"] as const;

/** The booked net of each account and day in (after, to]: what moves a balance (a day × account read, so packed). */
export function bookedNetsStatement(userId: string, after: string, to: string): InStatement {
  return packedRows(
    `SELECT "accountId", "day", SUM("inSum" + "outSum") AS "net" FROM "DailyCategoryTotal"
     WHERE "userId" = ? AND "booked" = 1 AND "day" > ? AND "day" <= ? GROUP BY "accountId", "day"`,
    NET_COLUMNS,
    [userId, after, to],
  );
}

/** The balance snapshots of every account of the user taken on or after `from`, oldest first. */
export function snapshotsStatement(userId: string, from: string): InStatement {
  return {
    sql: `SELECT s."accountId", s."date", s."balance" FROM "BalanceSnapshot" s JOIN "Account" a ON a."id" = s."accountId"
          WHERE a."userId" = ? AND s."date" >= ? ORDER BY s."takenAt" ASC`,
    args: [userId, from],
  };
}

// The overview's series and the account cards' lines read the same booked nets, and the batched read
// hands both the same answer: it is parsed once.
const parsedNets = new WeakMap<ResultSet, readonly DailyNet[]>();

/** The nets of a packed read of NET_COLUMNS, parsed once per answer (shared, so never changed in place). */
export function netsOf(result: ResultSet): readonly DailyNet[] {
  let nets = parsedNets.get(result);
  if (!nets) {
    nets = packedValues(result).map(([accountId, day, net]) => ({ accountId: String(accountId), day: String(day), net: Number(net) }));
    parsedNets.set(result, nets);
  }
  return nets;
}
export const snapshotsOf = (result: ResultSet): InsightSnapshot[] => result.rows.map((row) => ({ accountId: String(row.accountId), date: String(row.date), balance: Number(row.balance) }));

/** What replaying balances needs, for every account of the user in one batch (see the statements above). */
export async function readBalanceTotals(userId: string, after: string, to: string) {
  const [booked, snapshots] = await readDailyTotals([bookedNetsStatement(userId, after, to), snapshotsStatement(userId, after)]);
  return { booked: netsOf(booked!), snapshots: snapshotsOf(snapshots!) };
}
