-- AlterTable
ALTER TABLE "Transaction" ADD COLUMN "payeeText" TEXT;

-- CreateTable
CREATE TABLE "PayeeTally" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "remoteAccountNumber" TEXT,
    "merchantName" TEXT,
    "payeeText" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "days" INTEGER NOT NULL,
    CONSTRAINT "PayeeTally_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PayeeDirty" (
    "accountId" TEXT NOT NULL,
    "payeeText" TEXT NOT NULL,

    PRIMARY KEY ("accountId", "payeeText")
);

-- CreateTable
CREATE TABLE "PayeeTextFill" (
    "description" TEXT NOT NULL PRIMARY KEY,
    "payeeText" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "PayeeTally_userId_idx" ON "PayeeTally"("userId");

-- CreateIndex
CREATE INDEX "PayeeTally_accountId_payeeText_idx" ON "PayeeTally"("accountId", "payeeText");

-- CreateIndex
CREATE INDEX "Transaction_payeeText_accountId_idx" ON "Transaction"("payeeText", "accountId");


-- Triggers mark the (account, payeeText) keys a write touches; the series reader recomputes their
-- tallies (lib/db/payee-tallies.ts). A row's payeeText is filled in by that reader (NULL until then),
-- and emptied again when its text changes.
CREATE TRIGGER "Transaction_payee_insert" AFTER INSERT ON "Transaction" BEGIN INSERT INTO "PayeeDirty" ("accountId", "payeeText") SELECT NEW."accountId", NEW."payeeText" WHERE NEW."payeeText" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "PayeeDirty" WHERE "accountId" = NEW."accountId" AND "payeeText" = NEW."payeeText"); END;
CREATE TRIGGER "Transaction_payee_update" AFTER UPDATE OF "userId", "accountId", "bookingDate", "amount", "merchantName", "remoteAccountNumber", "payeeText" ON "Transaction" BEGIN INSERT INTO "PayeeDirty" ("accountId", "payeeText") SELECT OLD."accountId", OLD."payeeText" WHERE OLD."payeeText" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "PayeeDirty" WHERE "accountId" = OLD."accountId" AND "payeeText" = OLD."payeeText"); INSERT INTO "PayeeDirty" ("accountId", "payeeText") SELECT NEW."accountId", NEW."payeeText" WHERE NEW."payeeText" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "PayeeDirty" WHERE "accountId" = NEW."accountId" AND "payeeText" = NEW."payeeText"); END;
CREATE TRIGGER "Transaction_payee_text" AFTER UPDATE OF "description" ON "Transaction" WHEN NEW."description" IS NOT OLD."description" BEGIN UPDATE "Transaction" SET "payeeText" = NULL WHERE "id" = NEW."id"; END;
CREATE TRIGGER "Transaction_payee_delete" AFTER DELETE ON "Transaction" BEGIN INSERT INTO "PayeeDirty" ("accountId", "payeeText") SELECT OLD."accountId", OLD."payeeText" WHERE OLD."payeeText" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "PayeeDirty" WHERE "accountId" = OLD."accountId" AND "payeeText" = OLD."payeeText"); END;
CREATE TRIGGER "TransactionEffect_payee_insert" AFTER INSERT ON "TransactionEffect" BEGIN INSERT INTO "PayeeDirty" ("accountId", "payeeText") SELECT t."accountId", t."payeeText" FROM "Transaction" t WHERE t."id" = NEW."transactionId" AND t."payeeText" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "PayeeDirty" d WHERE d."accountId" = t."accountId" AND d."payeeText" = t."payeeText"); END;
CREATE TRIGGER "TransactionEffect_payee_update" AFTER UPDATE OF "transactionId", "merchantName", "excluded" ON "TransactionEffect" BEGIN INSERT INTO "PayeeDirty" ("accountId", "payeeText") SELECT t."accountId", t."payeeText" FROM "Transaction" t WHERE t."id" = OLD."transactionId" AND t."payeeText" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "PayeeDirty" d WHERE d."accountId" = t."accountId" AND d."payeeText" = t."payeeText"); INSERT INTO "PayeeDirty" ("accountId", "payeeText") SELECT t."accountId", t."payeeText" FROM "Transaction" t WHERE t."id" = NEW."transactionId" AND t."payeeText" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "PayeeDirty" d WHERE d."accountId" = t."accountId" AND d."payeeText" = t."payeeText"); END;
CREATE TRIGGER "TransactionEffect_payee_delete" AFTER DELETE ON "TransactionEffect" BEGIN INSERT INTO "PayeeDirty" ("accountId", "payeeText") SELECT t."accountId", t."payeeText" FROM "Transaction" t WHERE t."id" = OLD."transactionId" AND t."payeeText" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "PayeeDirty" d WHERE d."accountId" = t."accountId" AND d."payeeText" = t."payeeText"); END;
