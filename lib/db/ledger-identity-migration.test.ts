// The ledger-identity migration rebuilds four tables on a store that already holds data: nothing may
// be lost (dropping an old parent table with foreign keys on would cascade into its rows), the amount's
// currency is the account's, duplicate daily snapshots collapse to the latest, and each account starts
// its own progress from what was stored.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, applyMigrations } from "./migrations";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "saldo-migration-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const LEDGER_IDENTITY = "20261130092120_ledger_identity";

describe("the ledger identity migration", () => {
  it("keeps every row of a store written by the old engine and fills the new columns", async () => {
    const before = path.join(dir, "before");
    for (const name of fs.readdirSync(MIGRATIONS_DIR).filter((entry) => entry < LEDGER_IDENTITY && /^\d/.test(entry))) {
      fs.cpSync(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
    }
    const url = `file:${path.join(dir, "saldo.db")}`;
    await applyMigrations({ url, dir: before });
    const db = createClient({ url });
    const now = new Date().toISOString();
    await db.batch(
      [
        `INSERT INTO "User" (id) VALUES ('u1')`,
        `INSERT INTO "Account" (id, "userId", "bankKey", "accountNumber", name, type, "currencyCode", balance, "availableBalance", "syncedAt") VALUES ('a1', 'u1', 'k1', '42120000001', 'Brukskonto', 'CHECKING', 'NOK', 2500000000, 2500000000, '${now}')`,
        `INSERT INTO "Transaction" (id, "userId", "accountId", fingerprint, status, "bookingDate", amount, "currencyCode", "currencyAmount", description, "syncedAt") VALUES ('t1', 'u1', 'a1', 'f1', 'BOOKED', '2026-11-20', -245075, 'EUR', -21040, 'HOTEL PARIS', '${now}')`,
        `INSERT INTO "Transaction" (id, "userId", "accountId", fingerprint, status, "bookingDate", amount, "currencyCode", "currencyAmount", description, "syncedAt") VALUES ('t2', 'u1', 'a1', 'f2', 'BOOKED', '2026-11-22', -4990, 'NOK', -4990, 'KIWI', '${now}')`,
        `INSERT INTO "Transaction" (id, "userId", "accountId", fingerprint, status, "bookingDate", amount, "currencyCode", description, "syncedAt") VALUES ('t3', 'u1', 'a1', 'f3', 'PENDING', '2026-11-29', -100, 'NOK', 'VISA VARE', '${now}')`,
        `INSERT INTO "BalanceSnapshot" (id, "accountId", "takenAt", date, balance, "availableBalance") VALUES ('s1', 'a1', '2026-11-29T08:00:00.000Z', '2026-11-29', 1, 1)`,
        `INSERT INTO "BalanceSnapshot" (id, "accountId", "takenAt", date, balance, "availableBalance") VALUES ('s2', 'a1', '2026-11-29T09:00:00.000Z', '2026-11-29', 2, 2)`,
        `INSERT INTO "BalanceSnapshot" (id, "accountId", "takenAt", date, balance, "availableBalance") VALUES ('s3', 'a1', '2026-11-30T09:00:00.000Z', '2026-11-30', 3, 3)`,
        `INSERT INTO "SyncState" ("userId", "backfilledFrom", "backfillDone") VALUES ('u1', '2024-11-30', true)`,
      ],
      "write",
    );
    db.close();

    expect((await applyMigrations({ url }))[0]).toBe(LEDGER_IDENTITY);
    const after = createClient({ url });
    try {
      const rows = (await after.execute(`SELECT id, amount, "currencyCode", "foreignCurrency", "foreignAmount", "rawDescription", status FROM "Transaction" ORDER BY id`)).rows;
      expect(rows.map((row) => ({ ...row }))).toEqual([
        { id: "t1", amount: -245075, currencyCode: "NOK", foreignCurrency: "EUR", foreignAmount: -21040, rawDescription: "HOTEL PARIS", status: "BOOKED" },
        { id: "t2", amount: -4990, currencyCode: "NOK", foreignCurrency: null, foreignAmount: null, rawDescription: "KIWI", status: "BOOKED" },
        { id: "t3", amount: -100, currencyCode: "NOK", foreignCurrency: null, foreignAmount: null, rawDescription: "VISA VARE", status: "PENDING" },
      ]);
      const account = (await after.execute(`SELECT balance, "syncedThrough", "backfilledFrom", "backfillDone" FROM "Account"`)).rows[0]!;
      expect({ ...account }).toEqual({ balance: 2_500_000_000, syncedThrough: "2026-11-22", backfilledFrom: "2024-11-30", backfillDone: 1 });
      const snapshots = (await after.execute(`SELECT id FROM "BalanceSnapshot" ORDER BY date`)).rows.map((row) => row.id);
      expect(snapshots).toEqual(["s2", "s3"]);
      expect((await after.execute(`PRAGMA foreign_key_check`)).rows).toEqual([]);
    } finally {
      after.close();
    }
  });
});
