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
    transactions: mergeHalves(older.transactions, newer.transactions),
    problems: mergeHalves(older.problems, newer.problems),
    skipped: mergeHalves(older.skipped, newer.skipped),
    capped: false,
  };
}

/**
 * The rows of both halves, each as often as the half that lists it most. The bank may list rows
 * outside the window asked (the sync pairs them with their own day), so one row can come back in
 * both halves; twins within one half stay twins. Row ids are left out of Saldo's rows, so equal
 * fields are the same row.
 */
function mergeHalves<T extends object>(older: readonly T[], newer: readonly T[]): T[] {
  const inOlder = new Map<string, number>();
  for (const row of older) inOlder.set(fieldsKey(row), (inOlder.get(fieldsKey(row)) ?? 0) + 1);
  const inNewer = new Map<string, number>();
  const merged = [...older];
  for (const row of newer) {
    const key = fieldsKey(row);
    const count = (inNewer.get(key) ?? 0) + 1;
    inNewer.set(key, count);
    if (count > (inOlder.get(key) ?? 0)) merged.push(row);
  }
  return merged;
}

function fieldsKey(row: object): string {
  return JSON.stringify(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
