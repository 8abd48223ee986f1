import "server-only";
import { accountsForUser } from "../db/dashboard-reads";
import { syncedDataVersion } from "../db/sync-runs";
import type { DashboardSeries } from "../insights/compute-dashboard-series";
import { overviewSeries } from "./overview-series";

/**
 * The overview's chart series for what the store holds now, or null without accounts. The one place
 * their cache key is made, so the overview and the warm-up after a sync (warmOverviewFigures) ask
 * for the same entry.
 */
export async function currentOverviewSeries(userId: string, today: string, month: string, includeTransfers: boolean): Promise<DashboardSeries | null> {
  const [accounts, dataVersion] = await Promise.all([accountsForUser(userId), syncedDataVersion(userId)]);
  if (accounts.length === 0) return null;
  // Only what the series need goes into the cache key (a sync renews the balances and the version alike).
  const balances = accounts.map(({ id, balance, currencyCode }) => ({ id, balance, currencyCode }));
  return overviewSeries(userId, balances, dataVersion ?? "never-synced", today, month, includeTransfers);
}
