/**
 * A trigram index (SQLite FTS5) over "Transaction"."searchText", so that a search for something
 * rare reads the few rows that hold it instead of every row's text. It is contentless (it keeps no
 * copy of the text) and keyed by the row's rowid. The search still checks each row with instr(), so
 * the index only chooses rows to look at and never decides what a search finds.
 * Two triggers keep it. The database sets "searchText" itself, on every insert and whenever anything
 * it is made of changes (derived-columns-sql.ts), and each such update writes the row's entry anew
 * (an insert has no trigger of its own: FTS5 would keep a second entry for the same row).
 */
export const SEARCH_INDEX_TABLE = "TransactionSearch";

/** Trigrams find substrings of three characters or more: shorter searches read every row, as before. */
export const SEARCH_INDEX_MIN_LENGTH = 3;

export const CREATE_SEARCH_INDEX = `CREATE VIRTUAL TABLE IF NOT EXISTS "${SEARCH_INDEX_TABLE}" USING fts5("searchText", content='', contentless_delete=1, tokenize='trigram case_sensitive 1')`;

const removeEntry = (rowid: string) => `DELETE FROM "${SEARCH_INDEX_TABLE}" WHERE rowid = ${rowid}`;
const addEntry = (rowid: string, text: string) => `INSERT INTO "${SEARCH_INDEX_TABLE}" (rowid, "searchText") VALUES (${rowid}, ${text})`;

export const SEARCH_INDEX_TRIGGERS = [
  {
    name: "Transaction_search_update",
    sql: `CREATE TRIGGER IF NOT EXISTS "Transaction_search_update" AFTER UPDATE OF "searchText" ON "Transaction" FOR EACH ROW BEGIN ${removeEntry(`OLD.rowid`)}; ${addEntry(`NEW.rowid`, `NEW."searchText"`)}; END`,
  },
  { name: "Transaction_search_delete", sql: `CREATE TRIGGER IF NOT EXISTS "Transaction_search_delete" AFTER DELETE ON "Transaction" FOR EACH ROW BEGIN ${removeEntry(`OLD.rowid`)}; END` },
] as const;

/**
 * Empties the index and fills it from the rows. A rebuilt "Transaction" table (a later migration)
 * numbers its rows anew, so the entries are rewritten whenever its triggers had to be put back.
 */
export const REFILL_SEARCH_INDEX = [
  `INSERT INTO "${SEARCH_INDEX_TABLE}" ("${SEARCH_INDEX_TABLE}") VALUES ('delete-all')`,
  `INSERT INTO "${SEARCH_INDEX_TABLE}" (rowid, "searchText") SELECT rowid, "searchText" FROM "Transaction"`,
] as const;

/**
 * How many candidate rows the index may name before a search reads the list in date order instead:
 * a common word is met within the first rows of that scan, sooner than its many entries are read
 * and sorted.
 */
export const SEARCH_INDEX_MOST_ROWS = 500;

/** The search as an FTS5 phrase: the folded text in double quotes, its own quotes doubled. */
export function searchIndexPhrase(folded: string): string | null {
  // Control characters (the fields' U+001F separator among them) are left to the row-by-row check.
  const characters = [...folded];
  if (characters.length < SEARCH_INDEX_MIN_LENGTH || characters.some((character) => character.charCodeAt(0) < 0x20)) return null;
  return `"${folded.replaceAll('"', '""')}"`;
}
