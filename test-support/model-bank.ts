// A small model of the bank for the ledger's property test: two accounts (a current account and a
// credit card) whose rows drift the way the real bank's do, served in the bank's raw JSON shape and
// read through Saldo's own transform. It is test code: the sandbox shares nothing with it.
import type { AccountsResult, TransactionsResult } from "../lib/domain/types";
import type { TransactionQuery } from "../lib/sparebank1/banking-api";
import { toBankTransaction } from "../lib/sparebank1/transform";
import type { BankSource } from "../lib/sync/bank-source";

export interface ModelRow {
  uid: number;
  account: 0 | 1;
  date: string;
  amount: number;
  status: "PENDING" | "BOOKED";
  nonUniqueId: string;
  text: string;
}

export type AnswerMode = "complete" | "partial-card" | "partial-recent" | "odd-rows" | "killed" | "outside-window" | "no-accounts" | "no-balance" | "unreadable-row" | "odd-account";

export const MODEL_ACCOUNTS = [
  { key: "key-checking", accountNumber: "42120000001", name: "Brukskonto", type: "USER", opening: 1_000_000 },
  { key: "key-card", accountNumber: "K4212000002", name: "Kredittkort", type: "CREDITCARD", opening: -50_000 },
] as const;

const ZEROS = "00000000000";
const HOUR_MS = 3_600_000;

export class ModelBank implements BankSource {
  rows: ModelRow[] = [];
  mode: AnswerMode = "complete";
  /** The bank's silent row cap, small so the split-and-refetch path runs. */
  rowCap = 12;
  calls = 0;
  private nextUid = 1;

  constructor(private readonly today: string) {}

  add(row: Omit<ModelRow, "uid">): ModelRow {
    const stored = { ...row, uid: this.nextUid++ };
    this.rows.push(stored);
    return stored;
  }

  balance(account: 0 | 1): number {
    return MODEL_ACCOUNTS[account].opening + this.rows.filter((row) => row.account === account && row.status === "BOOKED").reduce((sum, row) => sum + row.amount, 0);
  }

  async accounts(): Promise<AccountsResult> {
    this.calls += 1;
    if (this.mode === "no-accounts") return { accounts: [], problems: [] };
    // "odd-account": the card account comes in a shape the client cannot read and is left out, said so.
    const listed = this.mode === "odd-account" ? MODEL_ACCOUNTS.slice(0, 1) : MODEL_ACCOUNTS;
    return {
      accounts: listed.map((account, index) => {
        // "no-balance": the spec allows an account without its balance; the first comes so.
        const balance = this.mode === "no-balance" && index === 0 ? null : this.balance(index as 0 | 1);
        return {
          bankKey: account.key,
          accountNumber: account.accountNumber,
          name: account.name,
          type: account.type === "CREDITCARD" ? ("CREDITCARD" as const) : ("CHECKING" as const),
          currencyCode: "NOK",
          balance,
          availableBalance: balance,
          isSavings: false,
          isHidden: false,
        };
      }),
      problems: this.mode === "odd-account" ? [{ code: "ACCOUNT_UNREADABLE", message: "Account 2 of the bank's list could not be read" }] : [],
    };
  }

  async transactions(query: TransactionQuery): Promise<TransactionsResult> {
    this.calls += 1;
    if (this.mode === "killed") throw new Error("the process died mid-sync");
    const keys = new Set(query.accounts.keys());
    const recentFrom = addDays(this.today, -7);
    let selected = this.rows.filter((row) => keys.has(MODEL_ACCOUNTS[row.account].key) && row.date >= query.fromDate && row.date <= query.toDate);
    const errors: string[] = [];
    if (this.mode === "partial-card") {
      selected = selected.filter((row) => row.account !== 1);
      errors.push("CREDIT_ACCOUNTS_FAILED");
    }
    if (this.mode === "partial-recent") {
      selected = selected.filter((row) => row.date < recentFrom && row.status === "BOOKED");
      errors.push("RECENT_TRANSACTIONS_FAILED");
    }
    selected.sort((a, b) => (a.date === b.date ? b.uid - a.uid : a.date < b.date ? 1 : -1));
    const cap = Math.min(query.rowLimit, this.rowCap);
    selected = selected.slice(0, cap);
    const capped = selected.length >= cap;
    const raw: unknown[] = selected.map((row) => this.serialize(row));
    if (this.mode === "unreadable-row") {
      // A row the client may hold already comes without its amount: still at the bank, only unreadable.
      const index = selected.findIndex((row) => row.status === "BOOKED");
      if (index >= 0) delete ((raw[index] as { transaction: Record<string, unknown> }).transaction).amount;
    }
    if (this.mode === "outside-window") {
      // The bank now and then includes booked rows from before the asked window.
      for (const row of this.rows.filter((candidate) => keys.has(MODEL_ACCOUNTS[candidate.account].key) && candidate.date < query.fromDate && candidate.status === "BOOKED").slice(0, 2)) {
        raw.push(this.serialize(row));
      }
    }
    if (this.mode === "odd-rows") {
      raw.push({ transaction: { id: "odd-1", source: "RECENT", bookingStatus: "BOOKED", canShowDetails: true, amount: -1, accountKey: MODEL_ACCOUNTS[0].key } });
      raw.push({ categories: [{ main: "GROCERIES" }] });
      raw.push({ transaction: { id: "odd-3", date: Date.parse(`${this.today}T00:00:00Z`) - HOUR_MS, accountKey: "someone-elses" , amount: -5 } });
    }
    const result: TransactionsResult = { transactions: [], problems: errors.map((code) => ({ code, message: code })), skipped: [], capped };
    for (const item of raw) {
      const reading = toBankTransaction(item, query.accounts);
      if ("row" in reading) result.transactions.push(reading.row);
      else result.skipped.push(reading.skipped);
    }
    return result;
  }

  private serialize(row: ModelRow): Record<string, unknown> {
    const account = MODEL_ACCOUNTS[row.account];
    return {
      transaction: {
        id: `enc-${row.uid}-${this.calls}`,
        nonUniqueId: row.nonUniqueId,
        // Epoch ms of Oslo midnight (CET in November: 23:00 UTC the day before).
        date: Date.parse(`${row.date}T00:00:00Z`) - HOUR_MS,
        amount: row.amount / 100,
        description: row.text,
        cleanedDescription: row.text.split(" ").at(-1),
        bookingStatus: row.status,
        source: "ALL",
        canShowDetails: true,
        accountKey: account.key,
        accountNumber: { value: account.accountNumber, formatted: account.accountNumber, unformatted: account.accountNumber },
      },
      categories: [{ main: "GROCERIES", mainI18n: "Dagligvarer", sub: "S", subI18n: "S", confidence: 90 }],
    };
  }
}

export const MODEL_ZERO_ID = ZEROS;

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
