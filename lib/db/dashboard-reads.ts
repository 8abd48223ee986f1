import "server-only";
import { cache } from "react";
import { db } from "./client";
import { withNumbers } from "./money-numbers";

/** Read once per page render however many sections show accounts (outside a render: every call). */
export const accountsForUser = cache(async (userId: string) => {
  return (await db().account.findMany({ where: { userId }, orderBy: { position: "asc" } })).map(withNumbers);
});

export async function connectionSummary(userId: string) {
  return db().bankConnection.findUnique({
    where: { userId },
    select: { status: true, lastError: true, refreshIdleExpiresAt: true, refreshAbsExpiresAt: true },
  });
}

/** The stable bank identity Saldo knows the owner by (what SALDO_OWNER may pin). */
export async function bankIdentityOf(userId: string): Promise<string | null> {
  return (await db().user.findUnique({ where: { id: userId }, select: { bankSubject: true } }))?.bankSubject ?? null;
}
