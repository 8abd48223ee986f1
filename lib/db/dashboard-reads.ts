import "server-only";
import { db } from "./client";

export async function accountsForUser(userId: string) {
  return db().account.findMany({ where: { userId }, orderBy: { position: "asc" } });
}

export async function connectionSummary(userId: string) {
  return db().bankConnection.findUnique({
    where: { userId },
    select: { status: true, lastError: true, refreshIdleExpiresAt: true, refreshAbsExpiresAt: true },
  });
}
