// The trigram search index never changes what a search finds, as a property: after any sequence of
// inserted, re-texted and deleted rows, owner notes and merchants saved and cleared, and table
// rebuilds (triggers dropped and put back), every search returns the same page with the index as a
// scan of every row does, whichever of its two ways the statement takes; and the index names exactly
// the rows whose text holds the search. Real libSQL file, real stores.
import { createClient, type Client, type InStatement, type Row } from "@libsql/client";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../test-support/temp-database";
import { correctionSchema } from "../corrections/correction-schema";
import { foldSearchText } from "../transactions/search-fold";
import { db } from "./client";
import { saveCorrection } from "./correction-store";
import { ensureDerivedColumns } from "./derived-columns-sql";
import { SEARCH_INDEX_TABLE, SEARCH_INDEX_TRIGGERS, searchIndexPhrase } from "./search-index-sql";
import { transactionListStatement } from "./transaction-list-sql";

let client: Client;
beforeAll(async () => {
  await useTempDatabase();
  client = createClient({ url: process.env.DATABASE_URL! });
  const syncedAt = new Date();
  await db().user.create({ data: { id: "u1" } });
  await db().account.create({
    data: { id: "a1", userId: "u1", bankKey: "k", accountNumber: "1", name: "Brukskonto", type: "x", currencyCode: "NOK", balance: 0, availableBalance: 0, syncedAt },
  });
});

// Pieces that make texts alike (shared trigrams), Norwegian capitals the fold lowers, quotes and
// FTS5 syntax that must stay plain text, and characters outside the Latin-1 fold.
const PIECES = ["REMA", "rema", "1000", " ", "Økern", "ØKERN", "sætre", "Å", "\"", "\"\"", "*", "AND", "OR", "NEAR(", ")", ":", "^", "-", "%", "_", "😀", "ẞ", "Ǆ", "e\u0301"];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 6 }).map((parts) => parts.join(""));
const nonEmptyText = text.filter((value) => value.trim().length > 0);

type Action =
  | { kind: "insert"; description: string; merchant: string | null; day: number }
  | { kind: "retext"; pick: number; description: string }
  | { kind: "delete"; pick: number }
  | { kind: "note"; pick: number; note: string | null; merchant: string | null }
  | { kind: "rebuild" };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("insert" as const), description: nonEmptyText, merchant: fc.option(nonEmptyText, { nil: null }), day: fc.integer({ min: 1, max: 28 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("retext" as const), pick: fc.nat(), description: nonEmptyText }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("note" as const), pick: fc.nat(), note: fc.option(nonEmptyText, { nil: null }), merchant: fc.option(nonEmptyText, { nil: null }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: "rebuild" as const }) },
);

let serial = 0;
/** Texts of rows removed while no trigger kept the index: searching them finds stale entries, if any are left. */
const goneTexts: string[] = [];
async function apply(step: Action) {
  const ids = (await db().transaction.findMany({ where: { userId: "u1" }, select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
  const picked = "pick" in step && ids.length ? ids[step.pick % ids.length]! : null;
  switch (step.kind) {
    case "insert":
      serial += 1;
      await db().transaction.create({
        data: {
          id: `t${String(serial).padStart(5, "0")}`,
          userId: "u1",
          accountId: "a1",
          rawDescription: step.description,
          status: "BOOKED",
          bookingDate: `2026-02-${String(step.day).padStart(2, "0")}`,
          amount: -100,
          currencyCode: "NOK",
          description: step.description,
          merchantName: step.merchant,
          syncedAt: new Date(),
        },
      });
      return;
    case "retext":
      if (picked) await db().transaction.update({ where: { id: picked }, data: { description: step.description } });
      return;
    case "delete":
      if (picked) {
        await db().transactionCorrection.deleteMany({ where: { transactionId: picked } });
        await db().transactionEffect.deleteMany({ where: { transactionId: picked } });
        await db().transaction.delete({ where: { id: picked } });
      }
      return;
    case "note":
      if (picked) await saveCorrection("u1", picked, correctionSchema.parse({ note: step.note, merchantName: step.merchant?.trim().slice(0, 100) || null }));
      return;
    case "rebuild": {
      // What a table rebuild leaves: the triggers on "Transaction" gone, and rows numbered anew (here:
      // one row gone while nothing kept the index), so ensureDerivedColumns refills the index. Through
      // the store's own connection: another one changing the schema leaves Prisma's statements
      // failing with "no such table" (libSQL), which a migration before the server starts never meets.
      const run = (sql: string) => db().$executeRawUnsafe(sql);
      for (const trigger of SEARCH_INDEX_TRIGGERS) await run(`DROP TRIGGER "${trigger.name}"`);
      await run(`DROP TRIGGER "Transaction_derived_update"`);
      await run(`UPDATE "Transaction" SET "description" = "description" || ''`);
      if (ids.length) {
        const last = ids.at(-1)!;
        const gone = await client.execute({ sql: `SELECT "searchText" FROM "Transaction" WHERE id = ?`, args: [last] });
        goneTexts.push(String(gone.rows[0]!.searchText));
        await db().transactionCorrection.deleteMany({ where: { transactionId: last } });
        await db().transactionEffect.deleteMany({ where: { transactionId: last } });
        await db().$executeRawUnsafe(`DELETE FROM "Transaction" WHERE id = ?`, last);
      }
      await ensureDerivedColumns({
        execute: async (sql: InStatement) => ({ rows: await db().$queryRawUnsafe<Row[]>(typeof sql === "string" ? sql : sql.sql) }),
        migrate: async (statements: InStatement[]) => {
          await db().$transaction(statements.map((statement) => db().$executeRawUnsafe(typeof statement === "string" ? statement : statement.sql)));
          return [];
        },
      } as unknown as Client);
      return;
    }
  }
}

const ids = async (statement: ReturnType<typeof transactionListStatement>) => (await client.execute(statement)).rows.map((row) => String(row.id));

describe("the trigram search index", () => {
  it("finds what a scan of every row finds, for any history and any search", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), fc.array(fc.oneof(text, fc.nat()), { minLength: 1, maxLength: 6 }), async (steps, searches) => {
        await db().transactionCorrection.deleteMany({});
        await db().transactionEffect.deleteMany({});
        await db().transaction.deleteMany({});
        goneTexts.length = 0;
        for (const step of steps) await apply(step);
        const stored = (await client.execute(`SELECT rowid, "searchText" FROM "Transaction"`)).rows.map((row) => ({ rowid: Number(row.rowid), text: String(row.searchText) }));
        for (const search of [...searches, ...goneTexts.map((gone) => gone.split("\u001f")[0]!)]) {
          // A number picks a piece of a stored text, so that most searches find something.
          const q = typeof search === "number" ? pieceOf(stored[search % Math.max(stored.length, 1)]?.text ?? "", search) : search;
          if (!q.trim()) continue;
          const folded = foldSearchText(q);
          const expected = stored.filter((row) => row.text.includes(folded)).map((row) => row.rowid).sort((a, b) => a - b);
          const phrase = searchIndexPhrase(folded);
          if (phrase) {
            const named = (await client.execute({ sql: `SELECT rowid FROM "${SEARCH_INDEX_TABLE}" WHERE "${SEARCH_INDEX_TABLE}" MATCH ? ORDER BY rowid`, args: [phrase] })).rows.map((row) => Number(row.rowid));
            expect(named, `the index for ${JSON.stringify(q)}`).toEqual(expected);
          }
          const scan = await ids(transactionListStatement("u1", { q }, undefined, 7, -1));
          expect(scan.length).toBe(Math.min(7, expected.length));
          // Every row here is uncategorised, so the category filter's two arms find the same page.
          for (const category of [undefined, "none"] as const) {
            for (const most of [0, 2, 500]) expect(await ids(transactionListStatement("u1", { q, category }, undefined, 7, most)), `${JSON.stringify(q)} with at most ${most}`).toEqual(scan);
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

/** Up to five characters of `text` from a position `seed` picks. */
function pieceOf(text: string, seed: number): string {
  const characters = [...text];
  const start = seed % Math.max(characters.length, 1);
  return characters.slice(start, start + 1 + (seed % 5)).join("");
}
