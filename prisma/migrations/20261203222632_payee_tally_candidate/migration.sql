-- AlterTable
ALTER TABLE "PayeeTally" ADD COLUMN "candidate" BOOLEAN NOT NULL DEFAULT true;

-- Every tally is recomputed, and its flag set, by the next read (lib/db/payee-tallies.ts).
INSERT OR IGNORE INTO "PayeeDirty" ("accountId", "payeeText") SELECT "accountId", "payeeText" FROM "PayeeTally";
