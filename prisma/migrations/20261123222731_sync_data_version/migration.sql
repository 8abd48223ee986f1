-- AlterTable
ALTER TABLE "SyncState" ADD COLUMN "dataVersion" TEXT;
