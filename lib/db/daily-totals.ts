import "server-only";
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
