import "server-only";
import { addDays, daysBetween } from "../dates/oslo-date";
import type { BankProblem, TransactionsResult } from "../domain/types";
import type { AccountRef } from "../sparebank1/transform";
import type { BankSource } from "./bank-source";

export const ROW_LIMIT = 10_000;

/**
 * Fetches [from, to] for the accounts; an answer that reached the row limit may have been cut off
 * silently, so that window is split in two and fetched again, down to single days.
 */
export async function fetchWindow(
  bank: BankSource,
  accounts: ReadonlyMap<string, AccountRef>,
  from: string,
  to: string,
  rowLimit = ROW_LIMIT,
): Promise<TransactionsResult> {
  const answer = await bank.transactions({ accounts, fromDate: from, toDate: to, rowLimit });
  if (!answer.capped) return answer;
  if (from >= to) {
    const problem: BankProblem = { code: "ROW_LIMIT", message: `The bank sent ${rowLimit} rows for ${from}, its most in one answer; some may be missing.` };
    return { ...answer, problems: [...answer.problems, problem] };
  }
  const middle = addDays(from, Math.floor(daysBetween(from, to) / 2));
  const older = await fetchWindow(bank, accounts, from, middle, rowLimit);
  const newer = await fetchWindow(bank, accounts, addDays(middle, 1), to, rowLimit);
  return {
    transactions: [...older.transactions, ...newer.transactions],
    problems: [...older.problems, ...newer.problems],
    skipped: [...older.skipped, ...newer.skipped],
    capped: false,
  };
}
