-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "source" TEXT NOT NULL DEFAULT 'sync',
    CONSTRAINT "Transaction_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Transaction" ("accountId", "amount", "bookingDate", "categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel", "currencyCode", "description", "foreignAmount", "foreignCurrency", "id", "interestDate", "isOwnTransfer", "kidOrMessage", "merchantName", "nonUniqueId", "rawDescription", "recurring", "remoteAccountName", "remoteAccountNumber", "status", "subscription", "syncedAt", "typeCode", "typeText", "userId") SELECT "accountId", "amount", "bookingDate", "categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel", "currencyCode", "description", "foreignAmount", "foreignCurrency", "id", "interestDate", "isOwnTransfer", "kidOrMessage", "merchantName", "nonUniqueId", "rawDescription", "recurring", "remoteAccountName", "remoteAccountNumber", "status", "subscription", "syncedAt", "typeCode", "typeText", "userId" FROM "Transaction";
DROP TABLE "Transaction";
ALTER TABLE "new_Transaction" RENAME TO "Transaction";
CREATE INDEX "Transaction_userId_bookingDate_idx" ON "Transaction"("userId", "bookingDate");
CREATE INDEX "Transaction_accountId_bookingDate_idx" ON "Transaction"("accountId", "bookingDate");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
