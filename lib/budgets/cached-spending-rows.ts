import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cachedFiguresTag } from "../dashboard/cached-figures-tag";
import { monthlySpendingRows } from "../db/overview-totals";
import type { InsightRow } from "../insights/types";

/**
 * The per-month category totals from `fromMonth` on, kept in server memory per version of the
 * synced data like the overview's series: every overview reads them for its budget card, and they
 * change only when a write renews the version (a stale entry is never read: its key is gone).
 */
export async function cachedSpendingRows(userId: string, dataVersion: string, fromMonth: string): Promise<InsightRow[]> {
  "use cache";
  cacheLife("days");
  cacheTag(cachedFiguresTag(userId));
  return monthlySpendingRows(userId, fromMonth);
}
