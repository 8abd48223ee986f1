-- DailyMerchantTotal summed per (user, month), kept by the same refresh as the daily totals
-- (lib/db/daily-totals-sql.ts): the overview's top merchants read whole months here.
-- CreateTable
CREATE TABLE "MonthlyMerchantTotal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "isTransfer" BOOLEAN NOT NULL,
    "merchant" TEXT NOT NULL,
    "outSum" BIGINT NOT NULL,
    "outCount" INTEGER NOT NULL,
    CONSTRAINT "MonthlyMerchantTotal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MonthlyMerchantTotal_userId_month_idx" ON "MonthlyMerchantTotal"("userId", "month");

-- Fill from the daily totals already stored (days still marked are recomputed, with their months, by the next refresh)
INSERT INTO "MonthlyMerchantTotal" ("userId", "month", "isTransfer", "merchant", "outSum", "outCount")
SELECT "userId", substr("day", 1, 7), "isTransfer", "merchant", SUM("outSum"), SUM("outCount") FROM "DailyMerchantTotal" GROUP BY 1, 2, 3, 4;
