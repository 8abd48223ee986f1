import "server-only";
import { randomUUID } from "node:crypto";
import { refreshDailyTotals } from "./daily-totals";
import type { Prisma } from "./generated/client";

/**
 * Every write of what the figures are computed from gets a new version, so caches keyed by it never
 * serve old figures; the per-day totals of the days it touched are recomputed in the same transaction.
 */
export async function renewDataVersion(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await refreshDailyTotals(tx);
  const dataVersion = randomUUID();
  await tx.syncState.upsert({ where: { userId }, create: { userId, dataVersion }, update: { dataVersion } });
}
