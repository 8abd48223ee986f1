import { spendingByCategory } from "../insights/spending-by-category";
import type { InsightRow, SeriesOptions } from "../insights/types";

export interface CategorySpent {
  label: string;
  total: number;
  subs: Map<string, { label: string; total: number }>;
}

/**
 * Money out per category and sub-category in a month, by the charts' own rules (own transfers left
 * out unless asked for; a pending row counts once, as the sync books it in place).
 */
export function monthlySpending(rows: readonly InsightRow[], month: string, options?: SeriesOptions): Map<string, CategorySpent> {
  const spending = spendingByCategory(rows, month, options);
  return new Map(
    spending.categories.map((category) => [
      category.main,
      { label: category.label, total: category.total, subs: new Map(category.subs.map((sub) => [sub.sub, { label: sub.label, total: sub.total }])) },
    ]),
  );
}

export function spentOn(spending: ReadonlyMap<string, CategorySpent>, category: string, sub: string | null): number {
  const main = spending.get(category);
  if (!main) return 0;
  return sub === null ? main.total : (main.subs.get(sub)?.total ?? 0);
}
