import "server-only";
import { logEvent } from "../http/log";
import { runAlerts } from "./run-alerts";

/** Alerts after a sync, never a reason for the sync to fail: a fault here is logged, not thrown. */
export async function alertsAfterSync(userId: string, now: Date): Promise<void> {
  try {
    await runAlerts(userId, now);
  } catch (error) {
    logEvent("alerts.failed", { name: error instanceof Error ? error.name : typeof error });
  }
}
