// Rows the owner imported from the bank's CSV and the bank's own answer meet when the bank sends rows
// from before its window, or a backfill reaches the imported days: each row must stay one row, and an
// imported row the bank now lists keeps its id, so the owner's corrections on it stay.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODEL_ACCOUNTS, ModelBank, addDays } from "../../test-support/model-bank";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "saldo-import-sync-"));
Object.assign(process.env, { SALDO_DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, "saldo.db")}`, SALDO_MIN_SYNC_SECONDS: "0", SALDO_BACKFILL_DAYS: "0" });

let db: typeof import("../db/client").db;
let runSync: typeof import("./run-sync").runSync;
let commitImport: typeof import("../db/import-store").commitImport;
let saveCorrection: typeof import("../db/correction-store").saveCorrection;

beforeAll(async () => {
  const { applyMigrations } = await import("../db/migrations");
  await applyMigrations({ url: process.env.DATABASE_URL! });
  ({ db } = await import("../db/client"));
  ({ runSync } = await import("./run-sync"));
  ({ commitImport } = await import("../db/import-store"));
  ({ saveCorrection } = await import("../db/correction-store"));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("imported rows and the bank's answer", () => {
  it("an old row the bank sends after the owner imported it is taken over, never doubled", async () => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(new Date());
    const bank = new ModelBank(today);
    for (const daysAgo of [0, 1]) bank.add({ account: 0, date: addDays(today, -daysAgo), amount: -10_000 - daysAgo, status: "BOOKED", nonUniqueId: `n${daysAgo}`, text: `KIWI ${daysAgo}` });
    // Older than the first sync's 90 days: the owner brings these from the bank's CSV.
    const old = [200, 210].map((daysAgo) => bank.add({ account: 0, date: addDays(today, -daysAgo), amount: -50_000 - daysAgo, status: "BOOKED", nonUniqueId: `n${daysAgo}`, text: `HUSLEIE ${daysAgo}` }));

    const user = await db().user.create({ data: {} });
    expect(await runSync(user.id, "cron", { bank })).toMatchObject({ status: "success" });
    const account = await db().account.findFirstOrThrow({ where: { userId: user.id, accountNumber: MODEL_ACCOUNTS[0].accountNumber } });
    expect(await db().transaction.count({ where: { accountId: account.id } })).toBe(2);

    const csvRows = old.map((row, index) => ({ line: index + 2, bookingDate: row.date, interestDate: null, amount: row.amount, description: `Husleie (CSV) ${index}`, remoteAccount: null }));
    expect(await commitImport(user.id, account.id, csvRows)).toMatchObject({ add: 2 });
    const importedIds = (await db().transaction.findMany({ where: { accountId: account.id, source: "import" }, select: { id: true }, orderBy: { bookingDate: "asc" } })).map((row) => row.id);
    await saveCorrection(user.id, importedIds[0]!, { category: { main: "HOUSING", mainLabel: "Bolig" }, merchantName: null, isTransfer: null, excluded: null, note: "Leie til Ola", tags: [], splits: [] });

    // The bank now and then includes booked rows from before the asked window: here, the imported ones.
    bank.mode = "outside-window";
    expect(await runSync(user.id, "cron", { bank })).toMatchObject({ status: "success" });

    const rows = await db().transaction.findMany({ where: { accountId: account.id }, orderBy: { bookingDate: "asc" } });
    const modelRows = bank.rows.filter((row) => row.account === 0);
    expect(rows).toHaveLength(modelRows.length);
    expect(rows.map((row) => `${row.bookingDate}|${row.amount}`).sort()).toEqual(modelRows.map((row) => `${row.date}|${row.amount}`).sort());
    // Taken over in place: the same ids, now the bank's rows with the bank's text, the correction kept.
    const adopted = rows.filter((row) => importedIds.includes(row.id));
    expect(adopted).toHaveLength(2);
    expect(adopted.every((row) => row.source === "sync" && row.rawDescription.startsWith("HUSLEIE"))).toBe(true);
    const correction = await db().transactionEffect.findUniqueOrThrow({ where: { transactionId: importedIds[0]! } });
    expect(correction.categoryMain).toBe("HOUSING");

    // Another such answer changes nothing.
    expect(await runSync(user.id, "cron", { bank })).toMatchObject({ status: "success" });
    expect(await db().transaction.count({ where: { accountId: account.id } })).toBe(modelRows.length);
  }, 60_000);

  it("an imported row whose counterpart is one of the owner's accounts is an own transfer, as a synced one is", async () => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(new Date());
    const bank = new ModelBank(today);
    bank.add({ account: 0, date: today, amount: -10_000, status: "BOOKED", nonUniqueId: "t0", text: "KIWI" });
    const user = await db().user.create({ data: {} });
    expect(await runSync(user.id, "cron", { bank })).toMatchObject({ status: "success" });
    const account = await db().account.findFirstOrThrow({ where: { userId: user.id, accountNumber: MODEL_ACCOUNTS[0].accountNumber } });
    const old = addDays(today, -300);
    // The bank's CSV writes the counterpart with dots; the store holds the card account's number as the bank sends it.
    const card = MODEL_ACCOUNTS[1].accountNumber;
    const csvRows = [
      { line: 2, bookingDate: old, interestDate: null, amount: -200_000, description: "Nedbetaling kort", remoteAccount: `${card.slice(0, 5)}.${card.slice(5, 7)}.${card.slice(7)}` },
      { line: 3, bookingDate: old, interestDate: null, amount: -50_000, description: "Husleie", remoteAccount: "9999.88.77777" },
    ];
    expect(await commitImport(user.id, account.id, csvRows)).toMatchObject({ add: 2 });
    const imported = await db().transaction.findMany({ where: { accountId: account.id, source: "import" }, orderBy: { amount: "asc" }, select: { description: true, isOwnTransfer: true } });
    expect(imported).toEqual([
      { description: "Nedbetaling kort", isOwnTransfer: true },
      { description: "Husleie", isOwnTransfer: false },
    ]);
  }, 60_000);
});
