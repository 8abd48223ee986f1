import "server-only";
import { writeLedger, type AccountWrite, type AccountWriteResult, type StoredAccount } from "../db/ledger-store";
import type { BankTransactionData, TransactionsResult } from "../domain/types";
import { incompleteAccounts } from "./incomplete-accounts";
import { adoptImported, matchRows } from "./match-rows";

const digits = (value: string) => value.replace(/\D/g, "");

export interface AnswerToWrite {
  userId: string;
  runId: string;
  now: Date;
  today: string;
  /** The accounts the call asked for. */
  accounts: readonly StoredAccount[];
  window: { from: string; to: string };
  answer: TransactionsResult;
  /** Incremental syncs move each account's newest day and snapshot its balance; backfills its oldest. */
  kind: { type: "incremental"; balances: ReadonlyMap<string, { balance: number; availableBalance: number }> } | { type: "backfill"; target: string };
  bankCalls: number;
  /** Warnings from before this call (e.g. the accounts answer's own). */
  warnings: string[];
  markSuccess: boolean;
  /** An earlier answer of the same run was partial: the run stays partial. */
  partialBefore?: boolean;
}

export interface WrittenAnswer {
  status: "success" | "partial";
  results: AccountWriteResult[];
  incomplete: Set<string>;
  warnings: string[];
  inserted: number;
}

/** Pairs a transactions answer with the store, account by account, and writes it in one transaction. */
export async function writeAnswer(input: AnswerToWrite): Promise<WrittenAnswer> {
  const { answer, window } = input;
  const incomplete = incompleteAccounts(answer.problems, input.accounts);
  const byNumber = new Map(input.accounts.map((account) => [digits(account.accountNumber) || account.accountNumber, account]));
  const byKey = new Map(input.accounts.map((account) => [account.bankKey, account]));
  const rowsOf = new Map<string, BankTransactionData[]>(input.accounts.map((account) => [account.id, []]));
  const accountOf = (row: { accountNumber?: string; accountKey?: string }) =>
    (row.accountNumber ? byNumber.get(digits(row.accountNumber) || row.accountNumber) : undefined) ?? (row.accountKey ? byKey.get(row.accountKey) : undefined);
  let unknown = 0;
  for (const row of answer.transactions) {
    const account = accountOf(row);
    if (account) rowsOf.get(account.id)!.push(row);
    else unknown += 1;
  }
  // An unreadable row is still at the bank: its account (every account, if it names none Saldo
  // knows) keeps the stored rows of its day (of every day, if it has none) in this answer.
  const keepOf = new Map(input.accounts.map((account) => [account.id, { all: false, days: new Set<string>() }]));
  for (const row of answer.skipped) {
    const account = accountOf(row);
    for (const keep of account ? [keepOf.get(account.id)!] : keepOf.values()) {
      if (row.date) keep.days.add(row.date);
      else keep.all = true;
    }
  }

  const warnings = [
    ...input.warnings,
    ...answer.problems.map((problem) => `${problem.code}: ${problem.message}`),
    ...answer.skipped.map((row) => `A row${row.date ? ` of ${row.date}` : ""} was skipped: ${row.reason}.`),
    ...(unknown ? [`${unknown} row(s) for accounts Saldo does not know were skipped.`] : []),
  ];

  const writes: AccountWrite[] = input.accounts.map((account) => {
    const rows = rowsOf.get(account.id)!;
    const dates = rows.map((row) => row.bookingDate).sort();
    const complete = !incomplete.has(account.id);
    const keep = keepOf.get(account.id)!;
    // Rows dated outside the window are still paired with what is stored for their day.
    const range = { from: [window.from, dates[0] ?? window.from].sort()[0]!, to: [window.to, dates.at(-1) ?? window.to].sort().at(-1)! };
    const write: AccountWrite = {
      accountId: account.id,
      range,
      plan: (stored) => matchRows(stored, rows, { complete, from: window.from, to: window.to, keep }),
      adoptImported,
    };
    if (input.kind.type === "incremental") {
      const balance = input.kind.balances.get(account.id);
      const day = balance ? { date: input.today, ...balance } : undefined;
      if (complete) {
        const backfilledFrom = [account.backfilledFrom ?? window.from, window.from].sort()[0]!;
        write.complete = { progress: { syncedThrough: window.to, backfilledFrom }, snapshot: day, unreadableRows: keep.all || keep.days.size > 0 };
      } else if (day) {
        write.balanceOnly = day;
      }
    } else if (complete) {
      write.complete = { progress: { backfilledFrom: window.from, backfillDone: window.from <= input.kind.target } };
    }
    return write;
  });

  const status = answer.problems.length > 0 || input.partialBefore ? "partial" : "success";
  const results = await writeLedger({
    userId: input.userId,
    runId: input.runId,
    now: input.now,
    accounts: writes,
    run: { status, warnings, bankCalls: input.bankCalls, markSuccess: input.markSuccess },
  });
  return { status, results, incomplete, warnings, inserted: results.reduce((sum, result) => sum + result.inserted, 0) };
}
