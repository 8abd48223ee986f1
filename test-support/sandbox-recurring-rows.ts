import type { Ledger } from "../sandbox/data";
import type { RecurringRow } from "../lib/recurring/types";

/**
 * The sandbox's rows as Saldo stores them, for tests and benches that need no server: the account
 * number stands in for the account id, merchant falls back to the cleaned text (as the sync does),
 * own transfers are rows whose other side is one of the person's accounts.
 */
export function sandboxRecurringRows(ledger: Ledger): RecurringRow[] {
  const own = new Set(ledger.accounts.map((account) => account.accountNumber));
  return ledger.transactions.map((row) => ({
    id: row.stableKey,
    accountId: row.accountNumber,
    bookingDate: row.osloDate,
    amount: row.amountOre,
    status: row.status,
    description: row.description,
    merchantName: row.merchantName ?? (row.absentFields.includes("cleanedDescription") ? null : row.cleanedDescription),
    remoteAccountNumber: row.remoteAccountNumber ?? null,
    remoteAccountName: row.absentFields.includes("remoteAccountName") ? null : (row.remoteAccountName ?? null),
    categoryMain: row.categoryMain,
    isOwnTransfer: Boolean(row.remoteAccountNumber && own.has(row.remoteAccountNumber)),
    recurring: row.recurring,
    subscription: row.subscription,
  }));
}
