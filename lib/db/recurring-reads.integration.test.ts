// Series detection and the forecast read the owner's values: a rule that names a payee joins rows the
// bank's drifting texts kept apart, a transfer mark and a category reach the series, and an excluded
// row leaves them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { detectSeries } from "../recurring/detect-series";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "saldo-recurring-reads-"));
Object.assign(process.env, { SALDO_DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, "saldo.db")}` });

let db: typeof import("./client").db;
let createRule: typeof import("./rule-store").createRule;
let saveCorrection: typeof import("./correction-store").saveCorrection;
let recurringRows: typeof import("./recurring-reads").recurringRows;
let seriesInputs: typeof import("./recurring-reads").seriesInputs;
let sql: typeof import("./client").sql;

beforeAll(async () => {
  const { applyMigrations } = await import("./migrations");
  await applyMigrations({ url: process.env.DATABASE_URL! });
  ({ db, sql } = await import("./client"));
  ({ createRule } = await import("./rule-store"));
  ({ saveCorrection } = await import("./correction-store"));
  ({ recurringRows, seriesInputs } = await import("./recurring-reads"));
});

afterEach(() => vi.restoreAllMocks());

// Rent paid by hand each month under a different text: the bank names no merchant.
const RENT_TEXTS = ["Husleie januar", "Overføring leie feb", "Leie mars Ola", "Husleie april", "Leie mai", "Husleie juni"];

describe("recurringRows", () => {
  it("applies rules and corrections, and leaves excluded rows out", async () => {
    const user = await db().user.create({ data: {} });
    const account = await db().account.create({
      data: { userId: user.id, bankKey: "k", accountNumber: "1", name: "Brukskonto", type: "CHECKING", currencyCode: "NOK", balance: 0n, availableBalance: 0n, syncedAt: new Date() },
    });
    await db().transaction.createMany({
      data: RENT_TEXTS.map((text, month) => ({
        userId: user.id,
        accountId: account.id,
        status: "BOOKED",
        bookingDate: `2026-${String(month + 1).padStart(2, "0")}-01`,
        amount: -12_500_00n,
        currencyCode: "NOK",
        rawDescription: text,
        description: text,
        categoryMain: "UNCATEGORIZED",
        categoryMainLabel: "Ukategorisert",
        syncedAt: new Date(),
      })),
    });
    const today = "2026-06-10";
    expect(detectSeries(await recurringRows(user.id), today)).toHaveLength(0);

    await createRule(user.id, { name: "Husleie", conditions: { descriptionContains: "leie" }, actions: { renameMerchant: "Utleier Ola", setCategory: { main: "HOUSING", mainLabel: "Bolig" } } });
    const rows = await recurringRows(user.id);
    expect(rows).toHaveLength(RENT_TEXTS.length);
    expect(rows.every((row) => row.merchantName === "Utleier Ola" && row.categoryMain === "HOUSING")).toBe(true);
    const series = detectSeries(rows, today);
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ cadence: "monthly" });

    const [first, second] = rows;
    await saveCorrection(user.id, first!.id, { category: null, merchantName: null, isTransfer: true, excluded: null, note: null, tags: [], splits: [] });
    await saveCorrection(user.id, second!.id, { category: null, merchantName: null, isTransfer: null, excluded: true, note: null, tags: [], splits: [] });
    const corrected = await recurringRows(user.id);
    expect(corrected).toHaveLength(RENT_TEXTS.length - 1);
    expect(corrected.find((row) => row.id === first!.id)?.isOwnTransfer).toBe(true);
    expect(corrected.some((row) => row.id === second!.id)).toBe(false);
  }, 60_000);

  it("reads the tallies, the rows of live payees and the daily nets in one round trip", async () => {
    const user = await db().user.create({ data: {} });
    const account = await db().account.create({
      data: { userId: user.id, bankKey: "k2", accountNumber: "2", name: "Brukskonto", type: "CHECKING", currencyCode: "NOK", balance: 0n, availableBalance: 0n, syncedAt: new Date() },
    });
    const row = (day: string, text: string, amount: bigint) => ({
      userId: user.id, accountId: account.id, status: "BOOKED", bookingDate: day, amount, currencyCode: "NOK", rawDescription: text, description: text,
      categoryMain: "GROCERIES", categoryMainLabel: "Dagligvarer", syncedAt: new Date(),
    });
    await db().transaction.createMany({
      data: [
        // A monthly payee: live.
        ...["2026-01-05", "2026-02-05", "2026-03-05", "2026-04-05"].map((day) => row(day, "Strøm Fjordkraft", -900_00n)),
        // A shop paid twice on one day, three rows: never a series, so its rows are not wanted.
        row("2026-01-02", "Rema 1000 Torget", -250_00n),
        row("2026-01-02", "Rema 1000 Torget", -80_00n),
        row("2026-01-09", "Rema 1000 Torget", -310_00n),
        // Pending: reserved by the bank, not in its booked balance yet (the one before netsFrom is not read).
        { ...row("2026-04-28", "Kiwi 505 Sentrum", -199_90n), status: "PENDING" },
        { ...row("2026-04-29", "Vipps refusjon", 50_00n), status: "PENDING" },
        { ...row("2025-12-20", "Gammel reservasjon", -1_000_00n), status: "PENDING" },
      ],
    });
    await seriesInputs(user.id, "2026-01-01"); // brings the tallies and the daily totals up to date
    const batch = vi.spyOn(sql(), "batch");
    const execute = vi.spyOn(sql(), "execute");
    const { seriesRows, dailyNet, pending } = await seriesInputs(user.id, "2026-01-01");
    expect(batch).toHaveBeenCalledTimes(1);
    expect(execute).not.toHaveBeenCalled();
    // The pending rows are payees of one row each: they can still become series.
    expect(seriesRows.filter((each) => each.status === "BOOKED").map((each) => [each.bookingDate, each.description])).toEqual(
      ["2026-01-05", "2026-02-05", "2026-03-05", "2026-04-05"].map((day) => [day, "Strøm Fjordkraft"]),
    );
    expect(dailyNet.find((net) => net.day === "2026-01-02")?.net).toBe(-330_00);
    expect([...pending]).toEqual([[account.id, -199_90 + 50_00]]);
    // Only as far back as asked (the forecast asks for as far as a sync still looks for a booking).
    const recent = await seriesInputs(user.id, "2026-01-01", undefined, "2026-04-29");
    expect([...recent.pending]).toEqual([[account.id, 50_00]]);
  }, 60_000);
});
