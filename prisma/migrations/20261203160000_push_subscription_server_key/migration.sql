-- The server's VAPID public key each push subscription was made with: after the keys are replaced the
-- push service refuses our messages to it, so delivery drops it instead of failing at every alert.
-- Null for a subscription saved before (unknown); Settings saves it again, with its key, when opened.
-- AlterTable
ALTER TABLE "PushSubscription" ADD COLUMN "serverKey" TEXT;
