-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bankSubject" TEXT,
    "name" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuthLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    CONSTRAINT "AuthLink_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" DATETIME NOT NULL,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BankConnection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "accessTokenEnc" TEXT NOT NULL,
    "accessExpiresAt" DATETIME NOT NULL,
    "refreshTokenEnc" TEXT NOT NULL,
    "refreshIdleExpiresAt" DATETIME,
    "refreshAbsExpiresAt" DATETIME,
    "tokenVersion" INTEGER NOT NULL DEFAULT 1,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BankConnection_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Account" (
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
    "balance" INTEGER NOT NULL,
    "availableBalance" INTEGER NOT NULL,
    "creditLimit" INTEGER,
    "isSavings" BOOLEAN NOT NULL DEFAULT false,
    "isHidden" BOOLEAN NOT NULL DEFAULT false,
    "ownerName" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "syncedAt" DATETIME NOT NULL,
    CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Transaction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "bookingDate" TEXT NOT NULL,
    "interestDate" TEXT,
    "amount" INTEGER NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "currencyAmount" INTEGER,
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
    "syncedAt" DATETIME NOT NULL,
    CONSTRAINT "Transaction_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BalanceSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "takenAt" DATETIME NOT NULL,
    "date" TEXT NOT NULL,
    "balance" INTEGER NOT NULL,
    "availableBalance" INTEGER NOT NULL,
    CONSTRAINT "BalanceSnapshot_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SyncRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "errorCode" TEXT,
    "message" TEXT,
    "warnings" TEXT,
    "bankCalls" INTEGER NOT NULL DEFAULT 0,
    "rowsStored" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "SyncRun_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SyncState" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "lastSuccessAt" DATETIME,
    "lastAttemptAt" DATETIME,
    "leaseUntil" DATETIME,
    "backfilledFrom" TEXT,
    "backfillDone" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "SyncState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UpstreamCall" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL,
    "endpoint" TEXT NOT NULL,
    "status" INTEGER,
    "durationMs" INTEGER
);

-- CreateTable
CREATE TABLE "ClientState" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "backoffUntil" DATETIME,
    "backoffNote" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "User_bankSubject_key" ON "User"("bankSubject");

-- CreateIndex
CREATE UNIQUE INDEX "AuthLink_provider_providerAccountId_key" ON "AuthLink"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE UNIQUE INDEX "BankConnection_userId_key" ON "BankConnection"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_userId_accountNumber_key" ON "Account"("userId", "accountNumber");

-- CreateIndex
CREATE INDEX "Transaction_userId_bookingDate_idx" ON "Transaction"("userId", "bookingDate");

-- CreateIndex
CREATE INDEX "Transaction_accountId_bookingDate_idx" ON "Transaction"("accountId", "bookingDate");

-- CreateIndex
CREATE UNIQUE INDEX "Transaction_accountId_fingerprint_key" ON "Transaction"("accountId", "fingerprint");

-- CreateIndex
CREATE INDEX "BalanceSnapshot_accountId_date_idx" ON "BalanceSnapshot"("accountId", "date");

-- CreateIndex
CREATE INDEX "SyncRun_userId_startedAt_idx" ON "SyncRun"("userId", "startedAt");

-- CreateIndex
CREATE INDEX "UpstreamCall_at_idx" ON "UpstreamCall"("at");

