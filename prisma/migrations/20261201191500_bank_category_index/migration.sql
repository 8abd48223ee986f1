-- The bank's categories for the transactions page's filters and corrections, read in O(categories)
-- instead of a DISTINCT over every row: an index on one key per (main category, subcategory), which
-- lib/db/bank-categories.ts walks from one key to the next. The expression must stay the same as
-- BANK_CATEGORY_KEY there (SQLite uses an expression index only for the very same expression).
-- A missing subcategory and an empty one share a key: the options treat both as none.
-- CreateIndex
CREATE INDEX "Transaction_userId_bankCategory_idx" ON "Transaction"("userId", (length("categoryMain") || ':' || "categoryMain" || COALESCE("categorySub", '')));
