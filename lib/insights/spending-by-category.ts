import { assertMonth } from "./calendar";
import { CategoryTotals } from "./category-totals";
import { countsAsFlow } from "./counts-as-flow";
import type { InsightRow, SeriesOptions, SpendingByCategory } from "./types";

/**
 * Money out in `month` ("yyyy-MM") per category, pending rows included. Refunds (positive amounts in
 * a spending category) are deliberately not netted: this shows what left the accounts, nothing more.
 */
export function spendingByCategory(rows: readonly InsightRow[], month: string, options?: SeriesOptions): SpendingByCategory {
  assertMonth(month);
  const totals = new CategoryTotals();
  for (const row of rows) {
    if (row.amount < 0 && row.bookingDate.startsWith(month) && countsAsFlow(row, options)) totals.add(row);
  }
  return totals.finish();
}
