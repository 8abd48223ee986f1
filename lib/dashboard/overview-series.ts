import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { insightRows, insightSnapshots } from "../db/insight-reads";
import { computeDashboardSeries, type DashboardSeries } from "../insights/compute-dashboard-series";
import { overviewWindow } from "../insights/overview-window";
import type { InsightAccount } from "../insights/types";
import { cachedFiguresTag } from "./cached-figures-tag";

/**
 * The overview's chart series. Reading a year of rows costs far more than computing them (~90 ms
 * against ~3 ms for 7,000 rows), and the figures change only when a sync writes. So they are kept
 * in server memory per version of the synced data (a new one on every write, see lib/db/ledger-store.ts),
 * per day, month and transfer choice: a stale entry is never read, because its key is gone.
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
  const [rows, snapshots] = await Promise.all([
    insightRows(userId, window.rowsFrom),
    insightSnapshots(userId, window.balanceFrom),
  ]);
  return computeDashboardSeries({
    rows,
    accounts,
    snapshots,
    today,
    month,
    from: window.balanceFrom,
    to: window.to,
    options: { includeTransfers },
  });
}
