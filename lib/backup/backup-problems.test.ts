import { describe, expect, it } from "vitest";
import { backupProblem } from "./backup-problems";
import { backupSchema, BACKUP_FORMAT, BACKUP_VERSION, type Backup } from "./backup-schema";

const account = (id: string, accountNumber: string) => ({
  id,
  bankKey: `key-${id}`,
  accountNumber,
  iban: null,
  name: `Account ${id}`,
  description: null,
  type: "CURRENT",
  productType: null,
  currencyCode: "NOK",
  balance: 100_00,
  availableBalance: 100_00,
  creditLimit: null,
  isSavings: false,
  isHidden: false,
  ownerName: null,
  position: 0,
  syncedAt: "2026-12-01T08:00:00.000Z",
  syncedThrough: null,
  backfilledFrom: null,
  backfillDone: true,
  reconcileFrom: null,
  reconcileBase: null,
});
const snapshot = (accountId: string, date: string) => ({ accountId, takenAt: `${date}T08:00:00.000Z`, date, balance: 100_00, availableBalance: 100_00, ledgerSum: null });

function backup(parts: Partial<Backup>): Backup {
  return backupSchema.parse({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: "2026-12-01T08:00:00.000Z",
    accounts: [account("a1", "1234.56.78901"), account("a2", "1234.56.78902")],
    transactions: [],
    snapshots: [],
    corrections: [],
    splits: [],
    rules: [],
    ...parts,
  });
}

// Each of these breaks a unique rule of the store: restoring it used to end in a 500 (the database's
// constraint error) instead of a 400 that says which entry is wrong.
describe("backupProblem", () => {
  it("accepts a backup with nothing twice", () => {
    expect(backupProblem(backup({ snapshots: [snapshot("a1", "2026-11-30"), snapshot("a2", "2026-11-30"), snapshot("a1", "2026-12-01")] }))).toBeNull();
  });

  it("names two accounts with one account number", () => {
    expect(backupProblem(backup({ accounts: [account("a1", "1234.56.78901"), account("a2", "1234.56.78901")] }))).toBe("accounts.1: the account number 1234.56.78901 appears twice");
  });

  it("names a second balance snapshot of an account on one day", () => {
    expect(backupProblem(backup({ snapshots: [snapshot("a1", "2026-11-30"), snapshot("a1", "2026-11-30")] }))).toBe("snapshots.1: a second snapshot of a1 on 2026-11-30");
  });

  it("names a second budget for one category", () => {
    const budget = { category: "mat", subCategory: "", amount: 4000_00, rollover: false, since: "2026-11" };
    expect(backupProblem(backup({ budgets: [budget, { ...budget, amount: 10 }] }))).toBe("budgets.1: a second budget for mat");
  });

  it("names a second choice for one series", () => {
    const choice = { seriesKey: "netflix|-129", status: "CONFIRMED" as const, name: null };
    expect(backupProblem(backup({ seriesChoices: [choice, { ...choice, status: "DISMISSED" }] }))).toBe("seriesChoices.1: a second choice for the series netflix|-129");
  });
});
