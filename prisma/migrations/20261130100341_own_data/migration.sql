-- CreateTable
CREATE TABLE "TransactionCorrection" (
    "transactionId" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "categoryMain" TEXT,
    "categoryMainLabel" TEXT,
    "categorySub" TEXT,
    "categorySubLabel" TEXT,
    "merchantName" TEXT,
    "isTransfer" BOOLEAN,
    "excluded" BOOLEAN,
    "note" TEXT,
    "tags" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TransactionCorrection_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "Transaction" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TransactionSplit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "transactionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,
    "categoryMain" TEXT,
    "categoryMainLabel" TEXT,
    "categorySub" TEXT,
    "categorySubLabel" TEXT,
    CONSTRAINT "TransactionSplit_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "Transaction" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Rule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "conditions" TEXT NOT NULL,
    "actions" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Rule_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TransactionEffect" (
    "transactionId" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "categoryMain" TEXT,
    "categoryMainLabel" TEXT,
    "categorySub" TEXT,
    "categorySubLabel" TEXT,
    "merchantName" TEXT,
    "isTransfer" BOOLEAN NOT NULL,
    "excluded" BOOLEAN NOT NULL,
    "tags" TEXT,
    CONSTRAINT "TransactionEffect_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "Transaction" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "TransactionCorrection_userId_idx" ON "TransactionCorrection"("userId");

-- CreateIndex
CREATE INDEX "TransactionSplit_transactionId_idx" ON "TransactionSplit"("transactionId");

-- CreateIndex
CREATE INDEX "Rule_userId_position_idx" ON "Rule"("userId", "position");

-- CreateIndex
CREATE INDEX "TransactionEffect_userId_idx" ON "TransactionEffect"("userId");
