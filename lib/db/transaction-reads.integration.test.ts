import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../test-support/temp-database";
import { transactionFilterSchema } from "../transactions/transaction-filter";
import { db } from "./client";
import { listTransactions } from "./transaction-reads";

const TEXTS = ["Rabatt 50% på alt", "500 kr fra Ola", "5050 Bergen", "a_b AS", "axb AS", "LØNN_MARS", "Kiwi 100%"];

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
