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
