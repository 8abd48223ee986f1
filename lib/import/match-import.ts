import type { BankCsvRow } from "./bank-csv";

export interface StoredDayAmount {
  bookingDate: string;
  amount: number;
}

export interface ImportPlan {
  /** Rows older than anything synced for the account: these are added. */
  add: BankCsvRow[];
  /** Rows paired with a stored row (same day and amount): already in Saldo. */
  matched: BankCsvRow[];
  /** Rows inside the synced period without a stored twin: the bank's API is the source there, so they are left out. */
  skipped: BankCsvRow[];
}

/**
 * Which rows of a bank CSV to add for one account. Each CSV row pairs with at most one stored row of
 * the same day and amount (texts drift between the bank's CSV and its API, so they are not compared).
 * Only rows before `syncedFrom` (the oldest day the sync has covered) are added, so a later sync,
 * which never asks for days before that, can never bring the same row again.
 */
export function planImport(rows: readonly BankCsvRow[], stored: readonly StoredDayAmount[], syncedFrom: string | null): ImportPlan {
  const left = new Map<string, number>();
  for (const row of stored) {
    const key = `${row.bookingDate}|${row.amount}`;
    left.set(key, (left.get(key) ?? 0) + 1);
  }
  const plan: ImportPlan = { add: [], matched: [], skipped: [] };
  for (const row of rows) {
    const key = `${row.bookingDate}|${row.amount}`;
    const twins = left.get(key) ?? 0;
    if (twins > 0) {
      left.set(key, twins - 1);
      plan.matched.push(row);
    } else if (syncedFrom === null || row.bookingDate < syncedFrom) {
      plan.add.push(row);
    } else {
      plan.skipped.push(row);
    }
  }
  return plan;
}
