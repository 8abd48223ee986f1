import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "./generated/client";

/** Every write of what the figures are computed from gets a new version, so caches keyed by it never serve old figures. */
export async function renewDataVersion(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const dataVersion = randomUUID();
  await tx.syncState.upsert({ where: { userId }, create: { userId, dataVersion }, update: { dataVersion } });
}
