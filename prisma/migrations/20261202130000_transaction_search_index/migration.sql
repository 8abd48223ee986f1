-- A trigram index (FTS5) over the search text, so that a rare search reads the rows that hold it
-- instead of every row (lib/db/search-index-sql.ts builds these statements). Each trigger stays on one line.
-- CreateVirtualTable
CREATE VIRTUAL TABLE IF NOT EXISTS "TransactionSearch" USING fts5("searchText", content='', contentless_delete=1, tokenize='trigram case_sensitive 1');

-- Triggers
CREATE TRIGGER IF NOT EXISTS "Transaction_search_update" AFTER UPDATE OF "searchText" ON "Transaction" FOR EACH ROW BEGIN DELETE FROM "TransactionSearch" WHERE rowid = OLD.rowid; INSERT INTO "TransactionSearch" (rowid, "searchText") VALUES (NEW.rowid, NEW."searchText"); END;
CREATE TRIGGER IF NOT EXISTS "Transaction_search_delete" AFTER DELETE ON "Transaction" FOR EACH ROW BEGIN DELETE FROM "TransactionSearch" WHERE rowid = OLD.rowid; END;

-- Index the rows already stored
INSERT INTO "TransactionSearch" (rowid, "searchText") SELECT rowid, "searchText" FROM "Transaction";
