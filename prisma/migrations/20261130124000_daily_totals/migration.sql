-- CreateTable
CREATE TABLE "DailyCategoryTotal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "booked" BOOLEAN NOT NULL,
    "isTransfer" BOOLEAN NOT NULL,
    "excluded" BOOLEAN NOT NULL,
    "categoryMain" TEXT,
    "categoryMainLabel" TEXT,
    "categorySub" TEXT,
    "categorySubLabel" TEXT,
    "inSum" BIGINT NOT NULL,
    "inCount" INTEGER NOT NULL,
    "outSum" BIGINT NOT NULL,
    "outCount" INTEGER NOT NULL,
    CONSTRAINT "DailyCategoryTotal_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DailyMerchantTotal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "isTransfer" BOOLEAN NOT NULL,
    "merchant" TEXT NOT NULL,
    "outSum" BIGINT NOT NULL,
    "outCount" INTEGER NOT NULL,
    CONSTRAINT "DailyMerchantTotal_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DailyTotalDirty" (
    "accountId" TEXT NOT NULL,
    "day" TEXT NOT NULL,

    PRIMARY KEY ("accountId", "day")
);

-- CreateIndex
CREATE INDEX "DailyCategoryTotal_userId_day_idx" ON "DailyCategoryTotal"("userId", "day");

-- CreateIndex
CREATE INDEX "DailyCategoryTotal_accountId_day_idx" ON "DailyCategoryTotal"("accountId", "day");

-- CreateIndex
CREATE INDEX "DailyMerchantTotal_userId_day_idx" ON "DailyMerchantTotal"("userId", "day");

-- CreateIndex
CREATE INDEX "DailyMerchantTotal_accountId_day_idx" ON "DailyMerchantTotal"("accountId", "day");

-- Triggers (not in the Prisma schema): every write of a row, an effect or a split marks its (account, day);
-- the writer's transaction recomputes the marked days (lib/db/daily-totals.ts). One line each: the
-- migration runner splits statements at a ";" that ends a line. A mark is added only when missing
-- (not INSERT OR IGNORE: inside a trigger, an ON CONFLICT clause of the statement that fired it, such
-- as an upsert's, overrides that policy, and a repeated mark would fail the write). A row's update
-- marks only when a column the totals read changes.
CREATE TRIGGER "Transaction_daily_insert" AFTER INSERT ON "Transaction" BEGIN INSERT INTO "DailyTotalDirty" ("accountId", "day") SELECT NEW."accountId", NEW."bookingDate" WHERE NOT EXISTS (SELECT 1 FROM "DailyTotalDirty" WHERE "accountId" = NEW."accountId" AND "day" = NEW."bookingDate"); END;
CREATE TRIGGER "Transaction_daily_update" AFTER UPDATE OF "userId", "accountId", "bookingDate", "status", "amount", "isOwnTransfer", "categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel", "merchantName", "description" ON "Transaction" BEGIN INSERT INTO "DailyTotalDirty" ("accountId", "day") SELECT OLD."accountId", OLD."bookingDate" WHERE NOT EXISTS (SELECT 1 FROM "DailyTotalDirty" WHERE "accountId" = OLD."accountId" AND "day" = OLD."bookingDate"); INSERT INTO "DailyTotalDirty" ("accountId", "day") SELECT NEW."accountId", NEW."bookingDate" WHERE NOT EXISTS (SELECT 1 FROM "DailyTotalDirty" WHERE "accountId" = NEW."accountId" AND "day" = NEW."bookingDate"); END;
CREATE TRIGGER "Transaction_daily_delete" AFTER DELETE ON "Transaction" BEGIN INSERT INTO "DailyTotalDirty" ("accountId", "day") SELECT OLD."accountId", OLD."bookingDate" WHERE NOT EXISTS (SELECT 1 FROM "DailyTotalDirty" WHERE "accountId" = OLD."accountId" AND "day" = OLD."bookingDate"); END;
CREATE TRIGGER "TransactionEffect_daily_insert" AFTER INSERT ON "TransactionEffect" BEGIN INSERT INTO "DailyTotalDirty" ("accountId", "day") SELECT DISTINCT t."accountId", t."bookingDate" FROM "Transaction" t WHERE t."id" IN (NEW."transactionId") AND NOT EXISTS (SELECT 1 FROM "DailyTotalDirty" d WHERE d."accountId" = t."accountId" AND d."day" = t."bookingDate"); END;
CREATE TRIGGER "TransactionEffect_daily_update" AFTER UPDATE ON "TransactionEffect" BEGIN INSERT INTO "DailyTotalDirty" ("accountId", "day") SELECT DISTINCT t."accountId", t."bookingDate" FROM "Transaction" t WHERE t."id" IN (OLD."transactionId", NEW."transactionId") AND NOT EXISTS (SELECT 1 FROM "DailyTotalDirty" d WHERE d."accountId" = t."accountId" AND d."day" = t."bookingDate"); END;
CREATE TRIGGER "TransactionEffect_daily_delete" AFTER DELETE ON "TransactionEffect" BEGIN INSERT INTO "DailyTotalDirty" ("accountId", "day") SELECT DISTINCT t."accountId", t."bookingDate" FROM "Transaction" t WHERE t."id" IN (OLD."transactionId") AND NOT EXISTS (SELECT 1 FROM "DailyTotalDirty" d WHERE d."accountId" = t."accountId" AND d."day" = t."bookingDate"); END;
CREATE TRIGGER "TransactionSplit_daily_insert" AFTER INSERT ON "TransactionSplit" BEGIN INSERT INTO "DailyTotalDirty" ("accountId", "day") SELECT DISTINCT t."accountId", t."bookingDate" FROM "Transaction" t WHERE t."id" IN (NEW."transactionId") AND NOT EXISTS (SELECT 1 FROM "DailyTotalDirty" d WHERE d."accountId" = t."accountId" AND d."day" = t."bookingDate"); END;
CREATE TRIGGER "TransactionSplit_daily_update" AFTER UPDATE ON "TransactionSplit" BEGIN INSERT INTO "DailyTotalDirty" ("accountId", "day") SELECT DISTINCT t."accountId", t."bookingDate" FROM "Transaction" t WHERE t."id" IN (OLD."transactionId", NEW."transactionId") AND NOT EXISTS (SELECT 1 FROM "DailyTotalDirty" d WHERE d."accountId" = t."accountId" AND d."day" = t."bookingDate"); END;
CREATE TRIGGER "TransactionSplit_daily_delete" AFTER DELETE ON "TransactionSplit" BEGIN INSERT INTO "DailyTotalDirty" ("accountId", "day") SELECT DISTINCT t."accountId", t."bookingDate" FROM "Transaction" t WHERE t."id" IN (OLD."transactionId") AND NOT EXISTS (SELECT 1 FROM "DailyTotalDirty" d WHERE d."accountId" = t."accountId" AND d."day" = t."bookingDate"); END;

-- Fill the totals of the rows already stored.
INSERT OR IGNORE INTO "DailyTotalDirty" ("accountId", "day") SELECT DISTINCT "accountId", "bookingDate" FROM "Transaction";
DELETE FROM "DailyCategoryTotal" WHERE ("accountId", "day") IN (SELECT "accountId", "day" FROM "DailyTotalDirty");

DELETE FROM "DailyMerchantTotal" WHERE ("accountId", "day") IN (SELECT "accountId", "day" FROM "DailyTotalDirty");

INSERT INTO "DailyCategoryTotal" ("userId", "accountId", "day", "booked", "isTransfer", "excluded", "categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel", "inSum", "inCount", "outSum", "outCount") SELECT "userId", "accountId", "day", "booked", "isTransfer", "excluded", "categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel", SUM(CASE WHEN "amount" > 0 THEN "amount" ELSE 0 END), SUM("amount" > 0), SUM(CASE WHEN "amount" < 0 THEN "amount" ELSE 0 END), SUM("amount" < 0) FROM ( SELECT t."userId" AS "userId", t."accountId" AS "accountId", t."bookingDate" AS "day", t."status" <> 'PENDING' AS "booked", CASE WHEN e."transactionId" IS NULL THEN t."isOwnTransfer" ELSE e."isTransfer" END AS "isTransfer", COALESCE(e."excluded", 0) AS "excluded", CASE WHEN s."id" IS NOT NULL THEN s."categoryMain" WHEN e."transactionId" IS NOT NULL THEN e."categoryMain" ELSE t."categoryMain" END AS "categoryMain", CASE WHEN s."id" IS NOT NULL THEN s."categoryMainLabel" WHEN e."transactionId" IS NOT NULL THEN e."categoryMainLabel" ELSE t."categoryMainLabel" END AS "categoryMainLabel", CASE WHEN s."id" IS NOT NULL THEN s."categorySub" WHEN e."transactionId" IS NOT NULL THEN e."categorySub" ELSE t."categorySub" END AS "categorySub", CASE WHEN s."id" IS NOT NULL THEN s."categorySubLabel" WHEN e."transactionId" IS NOT NULL THEN e."categorySubLabel" ELSE t."categorySubLabel" END AS "categorySubLabel", COALESCE(CASE WHEN e."transactionId" IS NULL THEN t."merchantName" ELSE e."merchantName" END, t."description") AS "merchant", COALESCE(s."amount", t."amount") AS "amount" FROM "DailyTotalDirty" d JOIN "Transaction" t ON t."accountId" = d."accountId" AND t."bookingDate" = d."day" LEFT JOIN "TransactionEffect" e ON e."transactionId" = t."id" LEFT JOIN "TransactionSplit" s ON s."transactionId" = t."id") GROUP BY "userId", "accountId", "day", "booked", "isTransfer", "excluded", "categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel";

INSERT INTO "DailyMerchantTotal" ("userId", "accountId", "day", "isTransfer", "merchant", "outSum", "outCount") SELECT "userId", "accountId", "day", "isTransfer", "merchant", SUM("amount"), COUNT(*) FROM ( SELECT t."userId" AS "userId", t."accountId" AS "accountId", t."bookingDate" AS "day", t."status" <> 'PENDING' AS "booked", CASE WHEN e."transactionId" IS NULL THEN t."isOwnTransfer" ELSE e."isTransfer" END AS "isTransfer", COALESCE(e."excluded", 0) AS "excluded", CASE WHEN s."id" IS NOT NULL THEN s."categoryMain" WHEN e."transactionId" IS NOT NULL THEN e."categoryMain" ELSE t."categoryMain" END AS "categoryMain", CASE WHEN s."id" IS NOT NULL THEN s."categoryMainLabel" WHEN e."transactionId" IS NOT NULL THEN e."categoryMainLabel" ELSE t."categoryMainLabel" END AS "categoryMainLabel", CASE WHEN s."id" IS NOT NULL THEN s."categorySub" WHEN e."transactionId" IS NOT NULL THEN e."categorySub" ELSE t."categorySub" END AS "categorySub", CASE WHEN s."id" IS NOT NULL THEN s."categorySubLabel" WHEN e."transactionId" IS NOT NULL THEN e."categorySubLabel" ELSE t."categorySubLabel" END AS "categorySubLabel", COALESCE(CASE WHEN e."transactionId" IS NULL THEN t."merchantName" ELSE e."merchantName" END, t."description") AS "merchant", COALESCE(s."amount", t."amount") AS "amount" FROM "DailyTotalDirty" d JOIN "Transaction" t ON t."accountId" = d."accountId" AND t."bookingDate" = d."day" LEFT JOIN "TransactionEffect" e ON e."transactionId" = t."id" LEFT JOIN "TransactionSplit" s ON s."transactionId" = t."id") WHERE "amount" < 0 AND "excluded" = 0 GROUP BY "userId", "accountId", "day", "isTransfer", "merchant";

DELETE FROM "DailyTotalDirty";

