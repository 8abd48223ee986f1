import { SyncStatusPanel } from "@/components/sync-status-panel";
import { syncPanelTimes } from "@/lib/format/sync-panel-times";
import { INTL_LOCALE, MESSAGES, type Locale } from "@/lib/i18n/messages";
import { syncPanelText } from "@/lib/i18n/sync-panel-text";
import { syncInBackgroundIfStale } from "@/lib/sync/sync-if-stale";
import { syncStatus } from "@/lib/sync/sync-status";

/** Sync state from the store; starts a background sync when the data is stale (never blocks). */
export async function SyncStatusSection({ userId, locale }: { userId: string; locale: Locale }) {
  const status = await syncStatus(userId);
  syncInBackgroundIfStale(userId, status);
  return <SyncStatusPanel intlLocale={INTL_LOCALE[locale]} status={status} times={syncPanelTimes(status, INTL_LOCALE[locale])} text={syncPanelText(MESSAGES[locale])} />;
}
