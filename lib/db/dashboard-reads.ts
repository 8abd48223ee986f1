import "server-only";
import { cache } from "react";
import type { Row, Value } from "@libsql/client";
import { batchedRead } from "./batched-read";
import { db } from "./client";
import type { Account } from "./generated/client";
import type { WithNumbers } from "./money-numbers";

const ACCOUNT_COLUMNS = `"id", "userId", "bankKey", "accountNumber", "iban", "name", "description", "type", "productType", "currencyCode",
  "balance", "availableBalance", "creditLimit", "isSavings", "isHidden", "ownerName", "position", "syncedAt", "syncedThrough",
  "backfilledFrom", "backfillDone", "reconcileFrom", "reconcileBase"`;

const text = (value: Value | undefined) => (value === null || value === undefined ? null : String(value));
const whole = (value: Value | undefined) => (value === null || value === undefined ? null : Number(value));

function accountOf(row: Row): WithNumbers<Account> {
  return {
    id: String(row.id),
    userId: String(row.userId),
    bankKey: String(row.bankKey),
    accountNumber: String(row.accountNumber),
    iban: text(row.iban),
    name: String(row.name),
    description: text(row.description),
    type: String(row.type),
    productType: text(row.productType),
    currencyCode: String(row.currencyCode),
    balance: Number(row.balance),
    availableBalance: Number(row.availableBalance),
    creditLimit: whole(row.creditLimit),
    isSavings: Boolean(Number(row.isSavings)),
    isHidden: Boolean(Number(row.isHidden)),
    ownerName: text(row.ownerName),
    position: Number(row.position),
    syncedAt: new Date(String(row.syncedAt)),
    syncedThrough: text(row.syncedThrough),
    backfilledFrom: text(row.backfilledFrom),
    backfillDone: Boolean(Number(row.backfillDone)),
    reconcileFrom: text(row.reconcileFrom),
    reconcileBase: whole(row.reconcileBase),
  };
}

/**
 * Read once per page render however many sections show accounts (outside a render: every call),
 * in the batch of the page's other reads.
 */
export const accountsForUser = cache(async (userId: string): Promise<WithNumbers<Account>[]> => {
  const [result] = await batchedRead([{ sql: `SELECT ${ACCOUNT_COLUMNS} FROM "Account" WHERE "userId" = ? ORDER BY "position" ASC`, args: [userId] }]);
  return result!.rows.map(accountOf);
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
