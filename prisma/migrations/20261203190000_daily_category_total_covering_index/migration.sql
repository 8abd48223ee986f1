-- The overview's series, the forecast's daily nets and the budgets read ranges of days of
-- DailyCategoryTotal: an index that holds every column they read answers them from the index alone,
-- in day order, without a lookup in the table per row. It replaces the (userId, day) index it extends.
-- DropIndex
DROP INDEX "DailyCategoryTotal_userId_day_idx";

-- CreateIndex
CREATE INDEX "DailyCategoryTotal_userId_day_covering_idx" ON "DailyCategoryTotal"("userId", "day", "accountId", "booked", "isTransfer", "excluded", "inSum", "outSum", "inCount", "outCount", "categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel");
