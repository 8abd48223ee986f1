import "server-only";
import { after } from "next/server";
import { logEvent } from "../http/log";
import { runBackfill } from "./run-backfill";
import { runSync } from "./run-sync";
import type { SyncStatus } from "./sync-status";

/**
 * Page views never wait for the bank: when the store is older than the setting, a sync runs after
 * the response is sent (then backfill continues while the budget allows).
 */
export function syncInBackgroundIfStale(userId: string, status: SyncStatus): void {
  const blocked = status.running || status.backoffUntil || status.budget.remaining === 0 || status.connection?.status !== "active";
  if (blocked) return;
  if (!status.stale && status.backfill.done) return;
  after(async () => {
    try {
      if (status.stale) await runSync(userId, "stale");
      await runBackfill(userId);
    } catch (error) {
      logEvent("sync.background_failed", { code: (error as { code?: string }).code ?? "internal" });
    }
  });
}
