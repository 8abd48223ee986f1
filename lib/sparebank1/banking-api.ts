import "server-only";
import { appConfig } from "../config/app-config";
import type { AccountsResult, TransactionsResult } from "../domain/types";
import { guardedFetch } from "../rate-budget/guarded-fetch";
import { readBankJson } from "./read-json";
import { rawAccountsResponse, rawClassifiedResponse } from "./raw-types";
import { toBankAccount, toBankProblems, toBankTransaction } from "./transform";

const ACCEPT = "application/vnd.sparebank1.v1+json; charset=utf-8";

function headers(accessToken: string): HeadersInit {
  return { Authorization: `Bearer ${accessToken}`, Accept: ACCEPT };
}

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
  const response = await guardedFetch("GET /personal/banking/accounts", url.toString(), { headers: headers(accessToken) });
  const raw = await readBankJson(response, rawAccountsResponse, "the account list");
  return { accounts: raw.accounts.map(toBankAccount), problems: toBankProblems(raw.errors) };
}

export interface TransactionQuery {
  accountKeys: readonly string[];
  accountNumberByKey: ReadonlyMap<string, string>;
  fromDate: string;
  toDate: string;
  rowLimit: number;
}

/** One call for every account at once: `accountKey` repeated, never `accountKey[]`. */
export async function fetchClassifiedTransactions(accessToken: string, query: TransactionQuery): Promise<TransactionsResult> {
  const url = new URL(`${appConfig().bank.apiUrl}/personal/banking/transactions/classified`);
  for (const key of query.accountKeys) url.searchParams.append("accountKey", key);
  url.searchParams.set("fromDate", query.fromDate);
  url.searchParams.set("toDate", query.toDate);
  url.searchParams.set("rowLimit", String(query.rowLimit));
  url.searchParams.set("source", "ALL");
  const response = await guardedFetch("GET /personal/banking/transactions/classified", url.toString(), {
    headers: headers(accessToken),
  });
  const raw = await readBankJson(response, rawClassifiedResponse, "the transaction list");
  const transactions = raw.transactions.flatMap((row) => toBankTransaction(row, query.accountNumberByKey) ?? []);
  const problems = toBankProblems(raw.errors);
  const dropped = raw.transactions.length - transactions.length;
  if (dropped > 0) problems.push({ code: "UNREADABLE_ROWS", message: `${dropped} transaction(s) had no account and were skipped.` });
  return { transactions, problems };
}
