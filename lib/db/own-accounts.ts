import "server-only";
import type { Prisma } from "./generated/client";

const digits = (value: string) => value.replace(/\D/g, "");

/** The owner's account numbers as a row's counterpart names them (digits only: "1234.56.78901" and "12345678901" agree). */
export async function ownAccountNumbers(tx: Prisma.TransactionClient, userId: string): Promise<ReadonlySet<string>> {
  const own = await tx.account.findMany({ where: { userId }, select: { accountNumber: true } });
  return new Set(own.map((account) => digits(account.accountNumber) || account.accountNumber));
}

/** Whether a row whose counterpart is `remoteAccountNumber` moves money between the owner's own accounts. */
export function isOwnTransfer(remoteAccountNumber: string | null | undefined, ownNumbers: ReadonlySet<string>): boolean {
  return remoteAccountNumber ? ownNumbers.has(digits(remoteAccountNumber)) : false;
}

/**
 * Marks the stored rows whose counterpart is one of `accountNumbers` (accounts the bank has just
 * listed for the first time) as own transfers: they were written before Saldo knew the account was
 * the owner's. The per-day totals follow by their triggers.
 */
export async function markTransfersTo(tx: Prisma.TransactionClient, userId: string, accountNumbers: readonly string[]): Promise<number> {
  const numbers = new Set(accountNumbers.map((number) => digits(number) || number));
  const candidates = await tx.transaction.findMany({ where: { userId, isOwnTransfer: false, remoteAccountNumber: { not: null } }, select: { id: true, remoteAccountNumber: true } });
  const ids = candidates.filter((row) => isOwnTransfer(row.remoteAccountNumber, numbers)).map((row) => row.id);
  for (let start = 0; start < ids.length; start += 500) await tx.transaction.updateMany({ where: { id: { in: ids.slice(start, start + 500) } }, data: { isOwnTransfer: true } });
  return ids.length;
}
