import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../test-support/temp-database";
import { sql } from "./client";
import { packedRows, unpackedRows } from "./packed-rows";

const COLUMNS = ["id", "label", "amount", "note"] as const;

beforeAll(async () => {
  await useTempDatabase();
  await sql().execute(`CREATE TABLE "PackedProbe" ("id" INTEGER PRIMARY KEY, "label" TEXT, "amount" INTEGER, "note" TEXT)`);
});

async function readBoth(where: string, args: (string | number)[], orderBy?: string) {
  const query = `SELECT "id", "label", "amount", "note" FROM "PackedProbe" WHERE ${where}`;
  const [plain, packed] = await sql().batch([{ sql: `${query}${orderBy ? ` ORDER BY ${orderBy}` : ""}`, args }, packedRows(query, COLUMNS, args, orderBy)], "read");
  return {
    plain: plain!.rows.map((row) => Object.fromEntries(COLUMNS.map((column) => [column, row[column] ?? null]))),
    packed: unpackedRows(packed!, COLUMNS),
  };
}

describe("packedRows", () => {
  it("hands back every value a plain read does, in the order asked for", async () => {
    const row = fc.record({
      label: fc.option(fc.string({ unit: "grapheme", maxLength: 12 }), { nil: null }),
      // Whole øre up to the largest integer a JavaScript number holds exactly, either sign.
      amount: fc.option(fc.maxSafeInteger(), { nil: null }),
      note: fc.option(fc.string({ unit: "binary", maxLength: 8 }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 40 }), async (rows) => {
        await sql().batch([
          `DELETE FROM "PackedProbe"`,
          ...rows.map((value, index) => ({ sql: `INSERT INTO "PackedProbe" VALUES (?, ?, ?, ?)`, args: [index + 1, value.label, value.amount, value.note] })),
        ]);
        const { plain, packed } = await readBoth(`1`, [], `"amount" DESC, "id"`);
        // What was written, in the order asked for (SQLite puts NULL last when descending).
        const written = rows
          .map((value, index) => ({ id: index + 1, ...value }))
          .sort((a, b) => (a.amount === b.amount ? a.id - b.id : a.amount === null ? 1 : b.amount === null ? -1 : b.amount - a.amount));
        expect(packed).toEqual(written);
        // A plain read cuts text off at a NUL character; apart from that, the two agree.
        const cut = (text: string | null) => (text === null ? null : text.split("\0")[0]);
        expect(packed.map((entry) => ({ ...entry, label: cut(entry.label as string | null), note: cut(entry.note as string | null) }))).toEqual(plain);
      }),
      { numRuns: 40 },
    );
  });

  it("reads nothing as no rows, and keeps its arguments", async () => {
    await sql().batch([`DELETE FROM "PackedProbe"`, { sql: `INSERT INTO "PackedProbe" VALUES (1, 'ÆØÅ "quoted" \\ line\nbreak', -125, '')`, args: [] }]);
    expect((await readBoth(`"id" = ?`, [2])).packed).toEqual([]);
    expect((await readBoth(`"id" = ?`, [1])).packed).toEqual([{ id: 1, label: 'ÆØÅ "quoted" \\ line\nbreak', amount: -125, note: "" }]);
  });

  it("refuses an answer that is not a packed read's", async () => {
    const result = await sql().execute(`SELECT 1 AS "id"`);
    expect(() => unpackedRows(result, COLUMNS)).toThrow(/packed read/);
  });
});
