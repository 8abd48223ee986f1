// Money beyond 32 bits, through the whole path: the bank's JSON, the sync, the libSQL file and the
// reads the pages use. A 25,000,000 IDR card purchase is 2,500,000,000 hundredths; a 30,000,000 kr
// balance is 3,000,000,000 øre.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BankSource } from "../sync/bank-source";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "saldo-money-"));
Object.assign(process.env, { SALDO_DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, "saldo.db")}` });
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

beforeAll(async () => {
  const { applyMigrations } = await import("./migrations");
  await applyMigrations({ url: process.env.DATABASE_URL! });
});

describe("64-bit money", () => {
  it("round-trips a 25,000,000 IDR purchase and a 30,000,000 kr balance exactly", async () => {
    const { db } = await import("./client");
    const { runSync } = await import("../sync/run-sync");
    const { accountsForUser } = await import("./dashboard-reads");
    const { listTransactions } = await import("./transaction-reads");
    const { toBankTransaction } = await import("../sparebank1/transform");
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(new Date());
    const bank: BankSource = {
      accounts: async () => ({
        accounts: [
          { bankKey: "k1", accountNumber: "42120000001", name: "Sparekonto", type: "SAVINGS", currencyCode: "NOK", balance: 3_000_000_000, availableBalance: 3_000_000_000, isSavings: true, isHidden: false },
        ],
        problems: [],
      }),
      transactions: async (query) => {
        const reading = toBankTransaction(
          { transaction: { id: "x", date: Date.parse(`${today}T00:00:00Z`) - 3_600_000, amount: -16_412.31, currencyCode: "IDR", currencyAmount: -25_000_000, accountKey: "k1", description: "HOTEL BALI", bookingStatus: "BOOKED" } },
          query.accounts,
        );
        if (!("row" in reading)) throw new Error(reading.skipped.reason);
        return { transactions: [reading.row], problems: [], skipped: [], capped: false };
      },
    };
    const user = await db().user.create({ data: {} });
    await runSync(user.id, "cron", { bank });
    const [account] = await accountsForUser(user.id);
    expect(account!.balance).toBe(3_000_000_000);
    const { items } = await listTransactions(user.id, { limit: 10 });
    expect(items.map((row) => ({ amount: row.amount, currencyCode: row.currencyCode, foreignCurrency: row.foreignCurrency, foreignAmount: row.foreignAmount }))).toEqual([
      { amount: -1_641_231, currencyCode: "NOK", foreignCurrency: "IDR", foreignAmount: -2_500_000_000 },
    ]);
    // The stored base for the ledger check is exact too.
    const stored = await db().account.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.reconcileBase).toBe(3_000_000_000n + 1_641_231n);
  });
});
