import "server-only";
import type { InStatement, ResultSet } from "@libsql/client";
import { batchedRead } from "./batched-read";
import { sql } from "./client";
import { ANY_DIRTY, refreshDailyTotalsStatements } from "./daily-totals-sql";
import type { Prisma } from "./generated/client";

/**
 * Recomputes the per-day totals of every (account, day) a write in this transaction touched (the
 * triggers mark them), so the totals commit together with the rows. One read when nothing changed.
 */
export async function refreshDailyTotals(tx: Prisma.TransactionClient): Promise<void> {
  const [{ dirty }] = await tx.$queryRawUnsafe<[{ dirty: number | bigint }]>(ANY_DIRTY);
  if (Number(dirty) === 0) return;
  for (const statement of refreshDailyTotalsStatements()) await tx.$executeRawUnsafe(statement);
}

/**
 * Reads the totals in one batch with a check that no write left days unrecomputed (every writer
 * recomputes them before it commits; a row written by other means, such as a hand edit of the
 * database, is caught here): then they are recomputed and read again.
 */
export async function readDailyTotals(statements: InStatement[]): Promise<ResultSet[]> {
  const [check, ...results] = await batchedRead([ANY_DIRTY, ...statements]);
  if (Number(check!.rows[0]!.dirty) === 0) return results;
  await sql().batch(refreshDailyTotalsStatements(), "write");
  return sql().batch(statements, "read");
}
