import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { readOverviewTotals } from "../db/overview-totals";
import type { DashboardSeries } from "../insights/compute-dashboard-series";
import { overviewWindow } from "../insights/overview-window";
import { overviewTotalsRanges, seriesFromTotals } from "../insights/series-from-totals";
import type { InsightAccount } from "../insights/types";
import { cachedFiguresTag } from "./cached-figures-tag";

/**
 * The overview's chart series, from the per-day totals the writers keep (lib/db/daily-totals.ts):
 * one batched read of O(days), whatever the history's size. They change only when a write renews
 * the data version, so they are also kept in server memory per version, day, month and transfer
 * choice: a stale entry is never read, because its key is gone.
 */
export async function overviewSeries(
  userId: string,
  accounts: readonly InsightAccount[],
  dataVersion: string,
  today: string,
  month: string,
  includeTransfers: boolean,
): Promise<DashboardSeries> {
  "use cache";
  cacheLife("days");
  cacheTag(cachedFiguresTag(userId));
  const window = overviewWindow(today, month);
  const { totals, snapshots } = await readOverviewTotals(userId, overviewTotalsRanges(today, month, window.balanceFrom), includeTransfers);
  return seriesFromTotals({ totals, accounts, snapshots, today, month, from: window.balanceFrom, to: window.to });
}
