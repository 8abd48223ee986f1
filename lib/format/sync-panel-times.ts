import { formatDateTime, formatOsloTime } from "./dates";

interface SyncTimes {
  lastSuccessAt: string | null;
  nextAllowedAt: string | null;
  backoffUntil: string | null;
}

/**
 * The sync panel's times, written by the server that renders it: the browser then hydrates the
 * panel without building a time-zone formatter (tens of milliseconds on a phone, mid-hydration).
 */
export function syncPanelTimes(status: SyncTimes, intlLocale: string) {
  const time = (iso: string | null) => (iso ? formatOsloTime(new Date(iso), intlLocale) : null);
  return {
    // The last sync that stored the bank's answer: the panel shows a failed attempt since apart.
    lastSynced: status.lastSuccessAt ? formatDateTime(new Date(status.lastSuccessAt), intlLocale) : null,
    nextAllowedAt: time(status.nextAllowedAt),
    backoffUntil: time(status.backoffUntil),
  };
}

export type SyncPanelTimes = ReturnType<typeof syncPanelTimes>;
