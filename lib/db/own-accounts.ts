import "server-only";
import type { Prisma } from "./generated/client";

/** An account number as rows and lists may write it ("1234.56.78901", "12345678901"): its digits, else itself. */
function accountNumberKey(value: string): string {
  return value.replace(/\D/g, "") || value;
}

/** The owner's account numbers, compared by `accountNumberKey`. */
export async function ownAccountNumbers(tx: Prisma.TransactionClient, userId: string): Promise<ReadonlySet<string>> {
  const own = await tx.account.findMany({ where: { userId }, select: { accountNumber: true } });
  return new Set(own.map((account) => accountNumberKey(account.accountNumber)));
}

/** Whether `accountNumber` (a row's counterpart, or an account the bank lists) is among `numbers`. */
export function isOwnAccount(accountNumber: string | null | undefined, numbers: ReadonlySet<string>): boolean {
  return accountNumber ? numbers.has(accountNumberKey(accountNumber)) : false;
}

/**
 * Marks the stored rows whose counterpart is one of `accountNumbers` (accounts the bank has just
 * listed for the first time) as own transfers: they were written before Saldo knew the account was
 * the owner's. Returns their ids; the per-day totals follow by their triggers, the caller renews the
 * rows' effects (a rule's effect holds the transfer mark it saw).
 */
export async function markTransfersTo(tx: Prisma.TransactionClient, userId: string, accountNumbers: readonly string[]): Promise<string[]> {
  const numbers = new Set(accountNumbers.map(accountNumberKey));
  const candidates = await tx.transaction.findMany({ where: { userId, isOwnTransfer: false, remoteAccountNumber: { not: null } }, select: { id: true, remoteAccountNumber: true } });
  const ids = candidates.filter((row) => isOwnAccount(row.remoteAccountNumber, numbers)).map((row) => row.id);
  for (let start = 0; start < ids.length; start += 500) await tx.transaction.updateMany({ where: { id: { in: ids.slice(start, start + 500) } }, data: { isOwnTransfer: true } });
  return ids;
}
