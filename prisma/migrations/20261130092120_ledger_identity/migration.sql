-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "bankKey" TEXT NOT NULL,
    "accountNumber" TEXT NOT NULL,
    "iban" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "type" TEXT NOT NULL,
    "productType" TEXT,
    "currencyCode" TEXT NOT NULL,
    "balance" BIGINT NOT NULL,
    "availableBalance" BIGINT NOT NULL,
    "creditLimit" BIGINT,
    "isSavings" BOOLEAN NOT NULL DEFAULT false,
    "isHidden" BOOLEAN NOT NULL DEFAULT false,
    "ownerName" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "syncedAt" DATETIME NOT NULL,
    "syncedThrough" TEXT,
    "backfilledFrom" TEXT,
    "backfillDone" BOOLEAN NOT NULL DEFAULT false,
    "reconcileFrom" TEXT,
    "reconcileBase" BIGINT,
    CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Per-account progress starts from what the store holds: the newest booked day and the user's backfill cursor.
INSERT INTO "new_Account" ("accountNumber", "availableBalance", "balance", "bankKey", "creditLimit", "currencyCode", "description", "iban", "id", "isHidden", "isSavings", "name", "ownerName", "position", "productType", "syncedAt", "type", "userId", "syncedThrough", "backfilledFrom", "backfillDone")
SELECT a."accountNumber", a."availableBalance", a."balance", a."bankKey", a."creditLimit", a."currencyCode", a."description", a."iban", a."id", a."isHidden", a."isSavings", a."name", a."ownerName", a."position", a."productType", a."syncedAt", a."type", a."userId",
  (SELECT MAX(t."bookingDate") FROM "Transaction" t WHERE t."accountId" = a."id" AND t."status" = 'BOOKED'),
  (SELECT s."backfilledFrom" FROM "SyncState" s WHERE s."userId" = a."userId"),
  COALESCE((SELECT s."backfillDone" FROM "SyncState" s WHERE s."userId" = a."userId"), false)
FROM "Account" a;
DROP TABLE "Account";
ALTER TABLE "new_Account" RENAME TO "Account";
CREATE UNIQUE INDEX "Account_userId_accountNumber_key" ON "Account"("userId", "accountNumber");
CREATE TABLE "new_Transaction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "bookingDate" TEXT NOT NULL,
    "interestDate" TEXT,
    "amount" BIGINT NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "foreignCurrency" TEXT,
    "foreignAmount" BIGINT,
    "nonUniqueId" TEXT,
    "rawDescription" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "merchantName" TEXT,
    "typeCode" TEXT,
    "typeText" TEXT,
    "remoteAccountNumber" TEXT,
    "remoteAccountName" TEXT,
    "kidOrMessage" TEXT,
    "categoryMain" TEXT,
    "categoryMainLabel" TEXT,
    "categorySub" TEXT,
    "categorySubLabel" TEXT,
    "isOwnTransfer" BOOLEAN NOT NULL DEFAULT false,
    "recurring" BOOLEAN NOT NULL DEFAULT false,
    "subscription" BOOLEAN NOT NULL DEFAULT false,
    "syncedAt" DATETIME NOT NULL,
    CONSTRAINT "Transaction_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- The amount was always in the account's currency; a differing currency code named the purchase's own.
INSERT INTO "new_Transaction" ("accountId", "amount", "bookingDate", "categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel", "currencyCode", "foreignCurrency", "foreignAmount", "rawDescription", "description", "id", "interestDate", "isOwnTransfer", "kidOrMessage", "merchantName", "remoteAccountName", "remoteAccountNumber", "status", "syncedAt", "typeCode", "typeText", "userId")
SELECT t."accountId", t."amount", t."bookingDate", t."categoryMain", t."categoryMainLabel", t."categorySub", t."categorySubLabel", a."currencyCode",
  CASE WHEN t."currencyCode" <> a."currencyCode" AND t."currencyAmount" IS NOT NULL THEN t."currencyCode" END,
  CASE WHEN t."currencyCode" <> a."currencyCode" THEN t."currencyAmount" END,
  t."description", t."description", t."id", t."interestDate", t."isOwnTransfer", t."kidOrMessage", t."merchantName", t."remoteAccountName", t."remoteAccountNumber", t."status", t."syncedAt", t."typeCode", t."typeText", t."userId"
FROM "Transaction" t JOIN "Account" a ON a."id" = t."accountId";
DROP TABLE "Transaction";
ALTER TABLE "new_Transaction" RENAME TO "Transaction";
CREATE INDEX "Transaction_userId_bookingDate_idx" ON "Transaction"("userId", "bookingDate");
CREATE INDEX "Transaction_accountId_bookingDate_idx" ON "Transaction"("accountId", "bookingDate");
CREATE TABLE "new_BalanceSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "takenAt" DATETIME NOT NULL,
    "date" TEXT NOT NULL,
    "balance" BIGINT NOT NULL,
    "availableBalance" BIGINT NOT NULL,
    "ledgerSum" BIGINT,
    CONSTRAINT "BalanceSnapshot_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- One snapshot per account and day: the latest.
INSERT INTO "new_BalanceSnapshot" ("accountId", "availableBalance", "balance", "date", "id", "takenAt")
SELECT b."accountId", b."availableBalance", b."balance", b."date", b."id", b."takenAt" FROM "BalanceSnapshot" b
WHERE b."id" = (SELECT l."id" FROM "BalanceSnapshot" l WHERE l."accountId" = b."accountId" AND l."date" = b."date" ORDER BY l."takenAt" DESC, l."id" DESC LIMIT 1);
DROP TABLE "BalanceSnapshot";
ALTER TABLE "new_BalanceSnapshot" RENAME TO "BalanceSnapshot";
CREATE UNIQUE INDEX "BalanceSnapshot_accountId_date_key" ON "BalanceSnapshot"("accountId", "date");
CREATE TABLE "new_SyncState" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "lastSuccessAt" DATETIME,
    "lastAttemptAt" DATETIME,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "dataVersion" TEXT,
    CONSTRAINT "SyncState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SyncState" ("dataVersion", "lastAttemptAt", "lastSuccessAt", "leaseUntil", "userId") SELECT "dataVersion", "lastAttemptAt", "lastSuccessAt", "leaseUntil", "userId" FROM "SyncState";
DROP TABLE "SyncState";
ALTER TABLE "new_SyncState" RENAME TO "SyncState";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
