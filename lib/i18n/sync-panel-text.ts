import type { SyncPanelText } from "@/components/sync-status-panel";
import type { Messages } from "./messages";

export function syncPanelText(t: Messages): SyncPanelText {
  return {
    lastSynced: t.lastSynced,
    never: t.never,
    syncNow: t.syncNow,
    syncing: t.syncing,
    budget: t.budget,
    nextSync: t.nextSync,
    partial: t.partial,
    failed: t.failed,
    rateLimited: t.rateLimited,
    loginNeeded: t.loginNeeded,
    clientRejected: t.clientRejected,
    loginAgain: t.loginAgain,
    expiryWarning: t.expiryWarning,
  };
}
