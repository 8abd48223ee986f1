import "server-only";
import { appConfig } from "../config/app-config";
import type { AccountsResult, BankTransactionData, SkippedRow, TransactionsResult } from "../domain/types";
import { guardedFetch } from "../rate-budget/guarded-fetch";
import { bankApiHeaders } from "./bank-headers";
import { readBankJson } from "./read-json";
import { rawAccountListResponse, rawClassifiedResponse } from "./raw-types";
import { readableAccounts } from "./readable-accounts";
import { toBankAccount, toBankProblems, toBankTransaction, type AccountRef } from "./transform";

export async function fetchAccounts(accessToken: string): Promise<AccountsResult> {
  const url = new URL(`${appConfig().bank.apiUrl}/personal/banking/accounts`);
  for (const flag of [
    "includeNokAccounts",
    "includeCurrencyAccounts",
    "includeBsuAccounts",
    "includeCreditCardAccounts",
    "includeAskAccounts",
    "includePensionAccounts",
  ]) {
    url.searchParams.set(flag, "true");
  }
  const response = await guardedFetch("GET /personal/banking/accounts", url.toString(), { headers: bankApiHeaders(accessToken) });
  const raw = await readBankJson(response, rawAccountListResponse, "the account list");
  const { accounts, unreadable } = readableAccounts(raw.accounts);
  // An unreadable account is left out of this sync (its stored rows stay as they are), and said so.
  const left = unreadable.map(({ position, where }) => ({ code: "ACCOUNT_UNREADABLE", message: `Account ${position} of the bank's list could not be read (at ${where}) and was left out this time.` }));
  return { accounts: accounts.map(toBankAccount), problems: [...toBankProblems(raw.errors), ...left] };
}

export interface TransactionQuery {
  /** The accounts to ask for, by the bank's key. */
  accounts: ReadonlyMap<string, AccountRef>;
  fromDate: string;
  toDate: string;
  rowLimit: number;
}

/**
 * One call for every account at once (`accountKey` repeated, never `accountKey[]`), with merchant
 * data asked for. Rows are read one by one: a row Saldo cannot store is reported, never a reason to
 * refuse the rest of the answer.
 */
export async function fetchClassifiedTransactions(accessToken: string, query: TransactionQuery): Promise<TransactionsResult> {
  const url = new URL(`${appConfig().bank.apiUrl}/personal/banking/transactions/classified`);
  for (const key of query.accounts.keys()) url.searchParams.append("accountKey", key);
  url.searchParams.set("fromDate", query.fromDate);
  url.searchParams.set("toDate", query.toDate);
  url.searchParams.set("rowLimit", String(query.rowLimit));
  url.searchParams.set("source", "ALL");
  url.searchParams.set("enrichWithMerchantLogo", "true");
  const response = await guardedFetch("GET /personal/banking/transactions/classified", url.toString(), {
    headers: bankApiHeaders(accessToken),
  });
  const raw = await readBankJson(response, rawClassifiedResponse, "the transaction list");
  const transactions: BankTransactionData[] = [];
  const skipped: SkippedRow[] = [];
  for (const item of raw.transactions) {
    const reading = toBankTransaction(item, query.accounts);
    if ("row" in reading) transactions.push(reading.row);
    else skipped.push(reading.skipped);
  }
  return { transactions, problems: toBankProblems(raw.errors), skipped, capped: raw.transactions.length >= query.rowLimit };
}
