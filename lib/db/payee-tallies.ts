import "server-only";
import type { InStatement, ResultSet } from "@libsql/client";
import { payeeText } from "../recurring/payee-key";
import type { PayeeTally } from "../recurring/live-payees";
import { batchedRead } from "./batched-read";
import { sql } from "./client";
import { packedRows, unpackedRows } from "./packed-rows";

const DIRTY = `SELECT EXISTS (SELECT 1 FROM "Transaction" WHERE "payeeText" IS NULL) OR EXISTS (SELECT 1 FROM "PayeeDirty") AS "dirty"`;

/**
 * Sets which tallies of the marked accounts are candidates: all but those SQL can tell are never
 * live. livePayees drops every tally joined by a payee key with a tally that has more rows than days,
 * once the joined tallies hold three rows or more. Tallies of one account and direction that share a
 * key are joined, so a partition by account, direction and one key (remote account, merchant or
 * text, as payeeKeysOf makes them) that has such a tally and three rows is dead. Each partition only
 * ever holds tallies that share the key in JavaScript too (SQLite's lower() and trim() change less
 * than JavaScript's, so they can only split a key, never join two), and joins through several keys
 * are left to livePayees: the candidates are every live tally and perhaps a few more. Set when the
 * tallies are written, so a read after a sync does not judge them again.
 */
const SET_CANDIDATES = `WITH "keyed" AS (
    SELECT "id", "accountId", "direction", "remoteAccountNumber", "merchantName", "payeeText", "rows", "rows" > "days" AS "doubled",
      CASE WHEN "remoteAccountNumber" GLOB '*[0-9]*' THEN "remoteAccountNumber" END AS "accountKey",
      CASE WHEN "remoteAccountNumber" GLOB '*[0-9]*' THEN NULL WHEN "merchantName" GLOB '*[A-Za-z0-9]*' THEN lower(trim("merchantName")) END AS "merchantKey",
      CASE WHEN "remoteAccountNumber" GLOB '*[0-9]*' OR "payeeText" = '' THEN NULL ELSE "payeeText" END AS "textKey"
    FROM "PayeeTally" WHERE "accountId" IN (SELECT "accountId" FROM "PayeeDirty")
  ), "judged" AS (
    SELECT *, ("accountKey" IS NOT NULL AND MAX("doubled") OVER a AND SUM("rows") OVER a >= 3)
      OR ("merchantKey" IS NOT NULL AND MAX("doubled") OVER m AND SUM("rows") OVER m >= 3)
      OR ("textKey" IS NOT NULL AND MAX("doubled") OVER t AND SUM("rows") OVER t >= 3) AS "dead"
    FROM "keyed"
    WINDOW a AS (PARTITION BY "accountId", "direction", "accountKey"), m AS (PARTITION BY "accountId", "direction", "merchantKey"),
      t AS (PARTITION BY "accountId", "direction", "textKey")
  )
  UPDATE "PayeeTally" SET "candidate" = NOT j."dead" FROM "judged" j WHERE j."id" = "PayeeTally"."id" AND "PayeeTally"."candidate" IS NOT (NOT j."dead")`;
/**
 * Recomputes the tallies of every (account, payeeText) key a write marked and the candidate flag of
 * every tally of their accounts (a partition above never spans two), then clears the marks.
 */
export const REFRESH_PAYEE_TALLIES = [
  `DELETE FROM "PayeeTally" WHERE ("accountId", "payeeText") IN (SELECT "accountId", "payeeText" FROM "PayeeDirty")`,
  `INSERT INTO "PayeeTally" ("userId", "accountId", "direction", "remoteAccountNumber", "merchantName", "payeeText", "rows", "days")
   SELECT t."userId", t."accountId", CASE WHEN t."amount" > 0 THEN 'in' ELSE 'out' END, t."remoteAccountNumber",
     CASE WHEN e."transactionId" IS NULL THEN t."merchantName" ELSE e."merchantName" END, t."payeeText",
     SUM(t."amount" <> 0), COUNT(DISTINCT CASE WHEN t."amount" <> 0 THEN t."bookingDate" END)
   FROM "PayeeDirty" d
   JOIN "Transaction" t ON t."payeeText" = d."payeeText" AND t."accountId" = d."accountId"
   LEFT JOIN "TransactionEffect" e ON e."transactionId" = t."id"
   WHERE COALESCE(e."excluded", 0) = 0
   GROUP BY 1, 2, 3, 4, 5, 6`,
  SET_CANDIDATES,
  `DELETE FROM "PayeeDirty"`,
];

/**
 * Fills in payeeText for rows written without it (every writer: the text is computed here, in
 * JavaScript, once per new text) and recomputes the marked tallies, in one write transaction.
 */
async function refreshPayeeTallies(): Promise<void> {
  const { rows } = await sql().execute(`SELECT DISTINCT "description" FROM "Transaction" WHERE "payeeText" IS NULL`);
  const texts = Object.fromEntries(rows.map((row) => [String(row.description), payeeText(String(row.description))]));
  await sql().batch(
    [
      ...(rows.length
        ? [
            { sql: `INSERT OR REPLACE INTO "PayeeTextFill" ("description", "payeeText") SELECT "key", "value" FROM json_each(?)`, args: [JSON.stringify(texts)] },
            `UPDATE "Transaction" SET "payeeText" = (SELECT f."payeeText" FROM "PayeeTextFill" f WHERE f."description" = "Transaction"."description") WHERE "payeeText" IS NULL`,
            `DELETE FROM "PayeeTextFill"`,
          ]
        : []),
      ...REFRESH_PAYEE_TALLIES,
    ],
    "write",
  );
}

const TALLY_COLUMNS = ["id", "accountId", "direction", "remoteAccountNumber", "merchantName", "payeeText", "rows", "days"] as const;

/** A tally as stored: its id names it for the statements read in the same batch (ids change when a tally is recomputed). */
export type StoredPayeeTally = PayeeTally & { id: number };

/**
 * The user's payee tallies and the results of `statements`, in one read batch after a check that
 * every row has its payeeText and no tally is stale (else they are brought up to date first).
 */
export async function readPayeeTallies(userId: string, statements: InStatement[]): Promise<{ tallies: StoredPayeeTally[]; results: ResultSet[] }> {
  const read: InStatement[] = [
    // One tally per payee and account (hundreds): packed.
    packedRows(`SELECT * FROM "PayeeTally" WHERE "userId" = ?`, TALLY_COLUMNS, [userId]),
    ...statements,
  ];
  const [check, ...fresh] = await batchedRead([DIRTY, ...read]);
  let [tallies, ...results] = fresh;
  if (Number(check!.rows[0]!.dirty) !== 0) {
    await refreshPayeeTallies();
    [tallies, ...results] = await sql().batch(read, "read");
  }
  return {
    tallies: unpackedRows(tallies!, TALLY_COLUMNS).map((row) => ({
      id: Number(row.id),
      accountId: String(row.accountId),
      direction: row.direction === "in" ? "in" : "out",
      remoteAccountNumber: row.remoteAccountNumber === null ? null : String(row.remoteAccountNumber),
      merchantName: row.merchantName === null ? null : String(row.merchantName),
      payeeText: String(row.payeeText),
      rows: Number(row.rows),
      days: Number(row.days),
    })),
    results,
  };
}
