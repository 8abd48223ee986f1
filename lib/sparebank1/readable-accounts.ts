import { rawAccount, type RawAccount } from "./raw-types";

/** The accounts of the bank's list Saldo can read, and where each other one failed: one odd account must not refuse the rest. */
export function readableAccounts(items: readonly unknown[]): { accounts: RawAccount[]; unreadable: { position: number; where: string }[] } {
  const accounts: RawAccount[] = [];
  const unreadable: { position: number; where: string }[] = [];
  for (const [index, item] of items.entries()) {
    const parsed = rawAccount.safeParse(item);
    if (parsed.success) accounts.push(parsed.data);
    else unreadable.push({ position: index + 1, where: parsed.error.issues[0]?.path.join(".") || "(root)" });
  }
  return { accounts, unreadable };
}
