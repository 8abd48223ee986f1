import { assertDay } from "./calendar";
import { countsAsFlow } from "./counts-as-flow";
import { MerchantTotals } from "./merchant-totals";
import type { InsightRow, MerchantSpending, SeriesOptions } from "./types";

/** The `limit` merchants with the most money out from `from` to `to` (inclusive days). */
export function topMerchants(
  rows: readonly InsightRow[],
  from: string,
  to: string,
  limit = 10,
  options?: SeriesOptions,
): MerchantSpending[] {
  assertDay(from);
  assertDay(to);
  const totals = new MerchantTotals();
  for (const row of rows) {
    if (row.amount >= 0 || row.bookingDate < from || row.bookingDate > to || !countsAsFlow(row, options)) continue;
    totals.add(row.merchantName ?? row.description, row.amount);
  }
  return totals.finish(limit);
}
