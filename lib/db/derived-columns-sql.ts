import type { Client } from "@libsql/client";
import { searchFoldSql } from "../transactions/search-fold";
import { REFILL_SEARCH_INDEX, SEARCH_INDEX_TABLE, SEARCH_INDEX_TRIGGERS } from "./search-index-sql";

/**
 * Two columns of "Transaction" that the database keeps by itself, with triggers, wherever rows,
 * effects, corrections or splits are written (sync, import, restore, corrections, rules):
 * - searchText: what the search looks in, folded (lib/transactions/search-fold.ts): the bank's text,
 *   the effective merchant, the tags, the owner's note and the KID/message, apart by U+001F;
 * - categoryKey: the effective main category for the category filter ("" = uncategorised), NULL
 *   when the row is split (its parts' categories count then).
 * A table rebuild in a later migration drops the triggers on "Transaction": applyMigrations puts
 * back any that are missing (ensureDerivedColumns).
 */
const row = `"Transaction"."id"`;
const effect = (column: string) => `(SELECT e."${column}" FROM "TransactionEffect" e WHERE e."transactionId" = ${row})`;
const hasEffect = `EXISTS (SELECT 1 FROM "TransactionEffect" e WHERE e."transactionId" = ${row})`;
const searchText = searchFoldSql(
  [
    `"description"`,
    `COALESCE(CASE WHEN ${hasEffect} THEN ${effect("merchantName")} ELSE "merchantName" END, '')`,
    `COALESCE(${effect("tags")}, '')`,
    `COALESCE((SELECT c."note" FROM "TransactionCorrection" c WHERE c."transactionId" = ${row}), '')`,
    `COALESCE("kidOrMessage", '')`,
  ].join(" || char(31) || "),
);
const categoryKey = `CASE WHEN EXISTS (SELECT 1 FROM "TransactionSplit" s WHERE s."transactionId" = ${row}) THEN NULL WHEN ${hasEffect} THEN COALESCE(${effect("categoryMain")}, '') ELSE COALESCE("categoryMain", '') END`;

/** Recomputes both columns of the rows `where` selects. */
export function refreshDerivedColumnsSql(where = "1"): string {
  return `UPDATE "Transaction" SET "searchText" = ${searchText}, "categoryKey" = ${categoryKey} WHERE ${where}`;
}

const trigger = (name: string, event: string, id: string) =>
  ({ name, sql: `CREATE TRIGGER IF NOT EXISTS "${name}" AFTER ${event} FOR EACH ROW BEGIN ${refreshDerivedColumnsSql(`"id" = ${id}`)}; END` }) as const;

export const DERIVED_COLUMN_TRIGGERS = [
  trigger("Transaction_derived_insert", `INSERT ON "Transaction"`, `NEW."id"`),
  trigger("Transaction_derived_update", `UPDATE OF "description", "merchantName", "kidOrMessage", "categoryMain" ON "Transaction"`, `NEW."id"`),
  trigger("TransactionEffect_derived_insert", `INSERT ON "TransactionEffect"`, `NEW."transactionId"`),
  trigger("TransactionEffect_derived_update", `UPDATE ON "TransactionEffect"`, `NEW."transactionId"`),
  trigger("TransactionEffect_derived_delete", `DELETE ON "TransactionEffect"`, `OLD."transactionId"`),
  trigger("TransactionCorrection_derived_insert", `INSERT ON "TransactionCorrection"`, `NEW."transactionId"`),
  trigger("TransactionCorrection_derived_update", `UPDATE OF "note" ON "TransactionCorrection"`, `NEW."transactionId"`),
  trigger("TransactionCorrection_derived_delete", `DELETE ON "TransactionCorrection"`, `OLD."transactionId"`),
  trigger("TransactionSplit_derived_insert", `INSERT ON "TransactionSplit"`, `NEW."transactionId"`),
  trigger("TransactionSplit_derived_delete", `DELETE ON "TransactionSplit"`, `OLD."transactionId"`),
] as const;

/**
 * Puts back triggers a later table rebuild dropped (SQLite drops a table's triggers with it) and
 * refreshes every row then, with the search index's entries (a rebuilt table numbers its rows anew).
 * Runs after the migrations; does nothing before the derived columns' migration was applied.
 */
export async function ensureDerivedColumns(client: Pick<Client, "execute" | "migrate">): Promise<string[]> {
  const columns = (await client.execute(`SELECT name FROM pragma_table_info('Transaction')`)).rows.map((r) => String(r.name));
  if (!columns.includes("searchText")) return [];
  const schema = (await client.execute(`SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'table')`)).rows.map((r) => `${String(r.type)}:${String(r.name)}`);
  const has = (type: string, name: string) => schema.includes(`${type}:${name}`);
  const indexed = has("table", SEARCH_INDEX_TABLE);
  const missing = [...DERIVED_COLUMN_TRIGGERS, ...(indexed ? SEARCH_INDEX_TRIGGERS : [])].filter((t) => !has("trigger", t.name));
  if (missing.length) await client.migrate([...missing.map((t) => t.sql), refreshDerivedColumnsSql(), ...(indexed ? REFILL_SEARCH_INDEX : [])]);
  return missing.map((t) => t.name);
}
