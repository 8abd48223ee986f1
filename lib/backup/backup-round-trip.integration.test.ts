// Backup → a new database → restore → identical views: the list (with corrections, rules, splits),
// the chart rows and the rules, and a second backup equal to the first.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import { PrismaLibSql } from "@prisma/adapter-libsql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../../test-support/bank-harness";
import { createUser } from "../db/auth-store";
import { readBackup, restoreBackup } from "../db/backup-store";
import { db, DERIVED_COLUMNS_OMIT } from "../db/client";
import { saveCorrection } from "../db/correction-store";
import { PrismaClient } from "../db/generated/client";
import { insightRows } from "../db/insight-reads";
import { readAlertSettings, DEFAULT_ALERT_SETTINGS } from "../alerts/alert-settings";
import { alertPreferences, saveAlertSettings, saveWebhook } from "../db/alert-store";
import { budgetPlans, saveBudget } from "../db/budget-store";
import { applyMigrations } from "../db/migrations";
import { saveSeriesChoice, seriesChoices } from "../db/series-choices";
import { rulesOf } from "../db/rule-reads";
import { createRule } from "../db/rule-store";
import { listTransactions } from "../db/transaction-reads";
import { toTransactionView } from "../transactions/to-transaction-view";
import { backupProblem } from "./backup-problems";
import { backupSchema } from "./backup-schema";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.close());

async function seed(userId: string) {
  const account = await db().account.create({
    data: { userId, bankKey: "k1", accountNumber: "12345678903", name: "Brukskonto", type: "CHECKING", currencyCode: "NOK", balance: 100_000n, availableBalance: 100_000n, syncedAt: new Date() },
  });
  const categories = [
    ["MAT", "Mat og drikke", "DAGLIGVARER", "Dagligvarer"],
    ["BOLIG", "Bolig", null, null],
    [null, null, null, null],
  ] as const;
  for (let index = 0; index < 40; index += 1) {
    const [main, mainLabel, sub, subLabel] = categories[index % 3]!;
    await db().transaction.create({
      data: {
        userId,
        accountId: account.id,
        status: index % 7 === 0 ? "PENDING" : "BOOKED",
        bookingDate: `2026-10-${String((index % 28) + 1).padStart(2, "0")}`,
        amount: BigInt(index % 5 === 0 ? 50_000 + index : -(1_000 + index * 37)),
        currencyCode: "NOK",
        rawDescription: `Rad ${index} "sitat"; semikolon`,
        description: index % 4 === 0 ? `KIWI ${index}` : `Rad ${index}`,
        merchantName: index % 4 === 0 ? "Kiwi" : null,
        categoryMain: main,
        categoryMainLabel: mainLabel,
        categorySub: sub,
        categorySubLabel: subLabel,
        isOwnTransfer: index % 9 === 0,
        syncedAt: new Date(),
      },
    });
  }
  await db().balanceSnapshot.create({ data: { accountId: account.id, takenAt: new Date(), date: "2026-10-28", balance: 100_000n, availableBalance: 100_000n, ledgerSum: null } });
  const rows = await db().transaction.findMany({ where: { userId, amount: { lt: 0 } }, orderBy: { id: "asc" }, take: 3 });
  await saveCorrection(userId, rows[0]!.id, {
    category: { main: "BOLIG", mainLabel: "Bolig" },
    merchantName: "Utleier",
    isTransfer: null,
    excluded: null,
    note: "Husleie, november",
    tags: ["bolig", "fast"],
    splits: [],
  });
  const amount = Number(rows[1]!.amount);
  await saveCorrection(userId, rows[1]!.id, {
    category: null,
    merchantName: null,
    isTransfer: null,
    excluded: true,
    note: null,
    tags: [],
    splits: [
      { amount: amount + 100, category: { main: "MAT", mainLabel: "Mat og drikke" } },
      { amount: -100, category: null },
    ],
  });
  await createRule(userId, { name: "Kiwi er jobb", conditions: { merchantContains: "kiwi", direction: "out" }, actions: { setCategory: { main: "BOLIG", mainLabel: "Bolig" }, addTag: "jobb" } });
  await createRule(userId, { name: "Stort inn", conditions: { minAmount: 50_000, direction: "in" }, actions: { markTransfer: true } });
  await saveBudget(userId, { category: "MAT", sub: null, amount: 450_000, rollover: true, since: "2026-10" });
  await saveBudget(userId, { category: "MAT", sub: "DAGLIGVARER", amount: 300_000, rollover: false, since: "2026-11" });
  await saveSeriesChoice(userId, "12345678903|out|netflix", { status: "DISMISSED", name: null });
  await saveSeriesChoice(userId, "12345678903|out|kiwi", { status: "CONFIRMED", name: "Matbutikken" });
  await saveAlertSettings(userId, JSON.stringify({ ...DEFAULT_ALERT_SETTINGS, largeTransaction: { enabled: false, threshold: 123_400 }, details: true }));
  await saveWebhook(userId, { urlEnc: "v1.secret-envelope", format: "ntfy" }, JSON.stringify(DEFAULT_ALERT_SETTINGS));
}

async function views(userId: string) {
  const list = await listTransactions(userId, { limit: 500 });
  // Row and account ids survive a restore; rule ids are new.
  const rows = list.items.map(toTransactionView);
  const chart = await insightRows(userId, "2000-01-01");
  const rules = (await rulesOf(userId)).map((rule) => ({ ...rule, id: "" }));
  const budgets = await budgetPlans(userId);
  const choices = (await seriesChoices(userId)).map(({ seriesKey, status, name }) => ({ seriesKey, status, name }));
  const alerts = readAlertSettings((await alertPreferences(userId))?.settings);
  return { rows, chart, rules, budgets, choices, alerts };
}

describe("backup and restore", () => {
  it("restores everything into a fresh database and every view is identical", async () => {
    const userId = (await createUser({ id: crypto.randomUUID(), name: "Kari" })).id;
    await seed(userId);
    const before = await views(userId);
    expect(before.rows.some((row) => row.note === "Husleie, november")).toBe(true);
    expect(before.rows.some((row) => row.splits.length === 2 && row.excluded)).toBe(true);
    expect(before.rows.filter((row) => row.tags.includes("jobb")).length).toBeGreaterThan(0);

    const file = JSON.stringify(await readBackup(userId));
    expect(file).not.toMatch(/token|secret|session/i);
    expect(file).not.toContain("v1.secret-envelope");

    // A fresh deployment: a new database file with the migrations, and a new owner.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "saldo-restore-"));
    const url = `file:${path.join(dir, "fresh.db")}`;
    await applyMigrations({ url });
    // Both clients of the store (Prisma's and the plain one of lib/db/client.ts) point at it.
    const clients = globalThis as { saldoPrisma?: PrismaClient; saldoSql?: Client };
    const original = { prisma: clients.saldoPrisma, sql: clients.saldoSql };
    clients.saldoPrisma = new PrismaClient({ adapter: new PrismaLibSql({ url }), omit: DERIVED_COLUMNS_OMIT });
    clients.saldoSql = createClient({ url });
    try {
      const owner = (await createUser({ id: crypto.randomUUID(), name: "Kari" })).id;
      const parsed = backupSchema.parse(JSON.parse(file));
      expect(backupProblem(parsed)).toBeNull();
      const restored = await restoreBackup(owner, parsed);
      expect(restored).toMatchObject({ transactions: 40, corrections: 2, splits: 2, rules: 2, budgets: 2, seriesChoices: 2 });
      const after = await views(owner);
      expect(after).toEqual(before);
      const again = JSON.parse(JSON.stringify(await readBackup(owner))) as Record<string, unknown>;
      const first = JSON.parse(file) as Record<string, unknown>;
      expect({ ...again, createdAt: "" }).toEqual({ ...first, createdAt: "" });
      // Restoring twice replaces, never doubles.
      await restoreBackup(owner, parsed);
      expect((await views(owner)).rows).toHaveLength(40);
    } finally {
      await clients.saldoPrisma?.$disconnect();
      clients.saldoSql?.close();
      clients.saldoPrisma = original.prisma;
      clients.saldoSql = original.sql;
    }
  });

  it("refuses a file with dangling references or a split that does not sum, naming where", async () => {
    const base = { format: "saldo-backup", version: 1, createdAt: new Date().toISOString(), accounts: [], transactions: [], snapshots: [], corrections: [], splits: [], rules: [] };
    expect(backupSchema.safeParse({ ...base, version: 2 }).success).toBe(false);
    const dangling = backupSchema.parse({ ...base, corrections: [{ transactionId: "t1", categoryMain: null, categoryMainLabel: null, categorySub: null, categorySubLabel: null, merchantName: null, isTransfer: null, excluded: true, note: null, tags: [] }] });
    expect(backupProblem(dangling)).toMatch(/^corrections\.0: unknown transaction t1/);
  });
});
