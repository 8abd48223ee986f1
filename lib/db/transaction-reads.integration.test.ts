import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../test-support/temp-database";
import { transactionFilterSchema } from "../transactions/transaction-filter";
import { createClient } from "@libsql/client";
import { FOLDED_CAPITALS, foldSearchText } from "../transactions/search-fold";
import { db } from "./client";
import { saveCorrection } from "./correction-store";
import { ensureDerivedColumns } from "./derived-columns-sql";
import { listTransactions } from "./transaction-reads";

const TEXTS = ["Rabatt 50% på alt", "500 kr fra Ola", "5050 Bergen", "a_b AS", "axb AS", "LØNN_MARS", "Kiwi 100%", "COOP EXTRA ØKERN", "Vipps: Sætre kjeks"];

beforeAll(async () => {
  await useTempDatabase();
  const syncedAt = new Date();
  await db().user.create({ data: { id: "u1" } });
  await db().account.create({
    data: { id: "a1", userId: "u1", bankKey: "k", accountNumber: "1", name: "Brukskonto", type: "x", currencyCode: "NOK", balance: 0, availableBalance: 0, syncedAt },
  });
  // Many non-matching rows between the matches, so the exact search must read past its first batch.
  const rows = [
    ...TEXTS.map((description, index) => ({ description, bookingDate: `2026-01-${String(10 + index).padStart(2, "0")}` })),
    ...Array.from({ length: 450 }, (_, index) => ({ description: `50 kr nr ${index} 500`, bookingDate: "2026-01-05" })),
    { description: "Gammel 50% rabatt", bookingDate: "2025-12-01" },
  ];
  await db().transaction.createMany({
    data: rows.map((row) => ({
      userId: "u1",
      accountId: "a1",
      rawDescription: row.description,
      status: "BOOKED",
      bookingDate: row.bookingDate,
      amount: -100,
      currencyCode: "NOK",
      description: row.description,
      syncedAt,
    })),
  });
});

async function search(q: string, limit = 50) {
  const filter = transactionFilterSchema.parse({ q, limit: String(limit) });
  return listTransactions("u1", filter);
}

describe("listTransactions search", () => {
  it('finds "50%" only where the text holds "50%", not wherever "50" occurs', async () => {
    const page = await search("50%");
    expect(page.items.map((row) => row.description)).toEqual(["Rabatt 50% på alt", "Gammel 50% rabatt"]);
  });

  it('reads "_" as itself, in either case', async () => {
    expect((await search("a_b")).items.map((row) => row.description)).toEqual(["a_b AS"]);
    expect((await search("lønn_")).items.map((row) => row.description)).toEqual(["LØNN_MARS"]);
  });

  it("pages through exact matches with the cursor", async () => {
    const first = await search("%", 1);
    expect(first.items.map((row) => row.description)).toEqual(["Kiwi 100%"]);
    const second = await listTransactions("u1", { ...transactionFilterSchema.parse({ q: "%", limit: "1" }), cursor: first.nextCursor! });
    expect(second.items.map((row) => row.description)).toEqual(["Rabatt 50% på alt"]);
    expect(second.nextCursor).not.toBeNull();
  });

  it("leaves searches without wildcards as they were", async () => {
    expect((await search("bergen")).items.map((row) => row.description)).toEqual(["5050 Bergen"]);
  });
});

const correction = { category: null, merchantName: null, isTransfer: null, excluded: null, note: null, tags: [], splits: [] };
const descriptions = async (q: string, extra: Record<string, string> = {}) =>
  (await listTransactions("u1", transactionFilterSchema.parse({ q, limit: "50", ...extra }))).items.map((row) => row.description);
const idOf = async (description: string) => (await db().transaction.findFirstOrThrow({ where: { description }, select: { id: true } })).id;

describe("listTransactions search text (folded, kept by the database)", () => {
  it("folds Norwegian letters in both the search and the stored text", async () => {
    expect(await descriptions("økern")).toEqual(["COOP EXTRA ØKERN"]);
    expect(await descriptions("SÆTRE")).toEqual(["Vipps: Sætre kjeks"]);
    expect(await descriptions("Lønn")).toEqual(["LØNN_MARS"]);
  });

  it("folds in the database exactly as foldSearchText does", async () => {
    const id = await idOf("a_b AS");
    const client = createClient({ url: process.env.DATABASE_URL! });
    try {
      await client.execute({ sql: `UPDATE "Transaction" SET "description" = ? WHERE "id" = ?`, args: [`${FOLDED_CAPITALS} æøå`, id] });
      const stored = String((await client.execute({ sql: `SELECT "searchText" FROM "Transaction" WHERE "id" = ?`, args: [id] })).rows[0]!.searchText);
      expect(stored.split("\u001f")[0]).toBe(foldSearchText(`${FOLDED_CAPITALS} æøå`));
      await client.execute({ sql: `UPDATE "Transaction" SET "description" = 'a_b AS' WHERE "id" = ?`, args: [id] });
    } finally {
      client.close();
    }
  });

  it("finds a row corrected after it was stored under its new merchant, note and tags, and no longer under the old merchant", async () => {
    const id = await idOf("500 kr fra Ola");
    await db().transaction.update({ where: { id }, data: { merchantName: "Ola Nordmann" } });
    expect(await descriptions("nordmann")).toEqual(["500 kr fra Ola"]);
    await saveCorrection("u1", id, { ...correction, merchantName: "Bjørnstjerne Ås", note: "Lånte penger til hytta", tags: ["Gjeld"] });
    expect(await descriptions("BJØRNSTJERNE")).toEqual(["500 kr fra Ola"]);
    expect(await descriptions("hytta")).toEqual(["500 kr fra Ola"]);
    expect(await descriptions("gjeld")).toEqual(["500 kr fra Ola"]);
    expect(await descriptions("nordmann")).toEqual([]);
    // Undoing the correction brings the bank's merchant back.
    await saveCorrection("u1", id, correction);
    expect(await descriptions("nordmann")).toEqual(["500 kr fra Ola"]);
    expect(await descriptions("hytta")).toEqual([]);
  });

  it("filters on the effective category, and a split row under its parts' categories", async () => {
    const id = await idOf("5050 Bergen");
    expect(await descriptions("bergen", { category: "none" })).toEqual(["5050 Bergen"]);
    await saveCorrection("u1", id, { ...correction, category: { main: "TRAVEL", mainLabel: "Reise" } });
    expect(await descriptions("bergen", { category: "TRAVEL" })).toEqual(["5050 Bergen"]);
    expect(await descriptions("bergen", { category: "none" })).toEqual([]);
    await saveCorrection("u1", id, { ...correction, splits: [{ amount: -60, category: { main: "FOOD", mainLabel: "Mat" } }, { amount: -40, category: null }] });
    expect(await descriptions("bergen", { category: "FOOD" })).toEqual(["5050 Bergen"]);
    expect(await descriptions("bergen", { category: "none" })).toEqual(["5050 Bergen"]);
    expect(await descriptions("bergen", { category: "TRAVEL" })).toEqual([]);
  });

  it("no longer lists a deleted row", async () => {
    const id = await idOf("Kiwi 100%");
    await db().transaction.delete({ where: { id } });
    expect(await descriptions("kiwi")).toEqual([]);
  });

  it("puts back triggers a table rebuild dropped, and refreshes the rows", async () => {
    const client = createClient({ url: process.env.DATABASE_URL! });
    try {
      await client.execute(`DROP TRIGGER "Transaction_derived_insert"`);
      await client.execute(`UPDATE "Transaction" SET "searchText" = ''`);
      expect(await ensureDerivedColumns(client)).toEqual(["Transaction_derived_insert"]);
      expect(await descriptions("økern")).toEqual(["COOP EXTRA ØKERN"]);
      expect(await ensureDerivedColumns(client)).toEqual([]);
    } finally {
      client.close();
    }
  });
});
