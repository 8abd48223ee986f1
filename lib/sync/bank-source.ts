import "server-only";
import { withAccessToken } from "../bank-connection/access-token";
import type { AccountsResult, TransactionsResult } from "../domain/types";
import { fetchAccounts, fetchClassifiedTransactions, type TransactionQuery } from "../sparebank1/banking-api";

/** What the sync needs of a bank: the live one below, or a model of it in the ledger's property test. */
export interface BankSource {
  accounts(): Promise<AccountsResult>;
  transactions(query: TransactionQuery): Promise<TransactionsResult>;
}

/** SpareBank 1 (or the sandbox) through the user's stored login. */
export function liveBank(userId: string): BankSource {
  return {
    accounts: () => withAccessToken(userId, fetchAccounts),
    transactions: (query) => withAccessToken(userId, (token) => fetchClassifiedTransactions(token, query)),
  };
}
