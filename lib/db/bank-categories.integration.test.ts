import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../test-support/temp-database";
import { bankCategoriesOf, bankCategoriesStatement } from "./bank-categories";
import { db, sql } from "./client";

beforeAll(async () => {
  await useTempDatabase();
  await db().user.createMany({ data: [{ id: "u1" }, { id: "u2" }] });
  await db().account.createMany({
    data: [
      { id: "a1", userId: "u1", bankKey: "k1", accountNumber: "1", name: "Brukskonto", type: "STANDARD", currencyCode: "NOK", balance: 0n, availableBalance: 0n, syncedAt: new Date() },
      { id: "b1", userId: "u2", bankKey: "k2", accountNumber: "2", name: "Annen", type: "STANDARD", currencyCode: "NOK", balance: 0n, availableBalance: 0n, syncedAt: new Date() },
    ],
  });
});

interface Written {
  userId: string;
  categoryMain: string | null;
  categoryMainLabel: string | null;
  categorySub: string | null;
  categorySubLabel: string | null;
}

async function writeRows(rows: readonly Written[]) {
  await sql().batch([
    `DELETE FROM "Transaction"`,
    ...rows.map((row, index) => ({
      sql: `INSERT INTO "Transaction" ("id", "userId", "accountId", "status", "bookingDate", "amount", "currencyCode", "rawDescription", "description",
              "categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel", "syncedAt")
            VALUES (?, ?, ?, 'BOOKED', '2026-11-30', -100, 'NOK', 'x', 'x', ?, ?, ?, ?, '2026-11-30T08:41:00.000Z')`,
      args: [`t${index}`, row.userId, row.userId === "u1" ? "a1" : "b1", row.categoryMain, row.categoryMainLabel, row.categorySub, row.categorySubLabel],
    })),
  ]);
}

describe("bankCategoriesStatement", () => {
  it("finds every (category, subcategory) of the user's rows once, labelled as the row stored last", async () => {
    // Few values, so that rows share categories and labels change; "" and NULL both mean no subcategory.
    const main = fc.constantFrom(null, "", "GROCERIES", "FOOD_AND_DRINK", "A", "A:B", "5:GROCERIES");
    const label = fc.constantFrom(null, "", "Dagligvarer", "Mat og drikke", "Ærlig øre");
    const sub = fc.constantFrom(null, "", "CANTEEN", "B", ":B");
    const row = fc.record({ userId: fc.constantFrom("u1", "u2"), categoryMain: main, categoryMainLabel: label, categorySub: sub, categorySubLabel: label });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 30 }), async (rows) => {
        await writeRows(rows);
        const last = new Map<string, Written>();
        for (const written of rows) {
          if (written.userId !== "u1" || written.categoryMain === null) continue;
          last.set(JSON.stringify([written.categoryMain, written.categorySub ?? ""]), written);
        }
        const expected = [...last.values()].map(({ categoryMain, categoryMainLabel, categorySub, categorySubLabel }) => ({ categoryMain, categoryMainLabel, categorySub, categorySubLabel }));
        const found = bankCategoriesOf(await sql().execute(bankCategoriesStatement("u1")));
        const order = (list: Omit<Written, "userId">[]) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
        expect(order(found)).toEqual(order(expected));
      }),
      { numRuns: 60 },
    );
  });

  it("seeks through the index on the category key: no row is read beyond one per category", async () => {
    const { sql: text, args } = bankCategoriesStatement("u1") as { sql: string; args: string[] };
    const plan = (await sql().execute({ sql: `EXPLAIN QUERY PLAN ${text}`, args })).rows.map((row) => String(row.detail));
    const reads = plan.filter((detail) => /\bTransaction\b/.test(detail));
    expect(reads.length).toBeGreaterThanOrEqual(3);
    for (const detail of reads) expect(detail).toMatch(/^SEARCH (Transaction USING INDEX Transaction_userId_bankCategory_idx|t USING INTEGER PRIMARY KEY)/);
    expect(plan.join("\n")).not.toMatch(/TEMP B-TREE|SCAN Transaction/);
  });
});
