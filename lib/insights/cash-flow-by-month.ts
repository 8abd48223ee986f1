import { addMonths, assertMonth, monthIndex } from "./calendar";
import { countsAsFlow } from "./counts-as-flow";
import type { CashFlowMonth, InsightRow, SeriesOptions } from "./types";

/** Income and money out for the `months` months ending with `endMonth`, oldest first. */
export function cashFlowByMonth(
  rows: readonly InsightRow[],
  endMonth: string,
  months = 12,
  options?: SeriesOptions,
): CashFlowMonth[] {
  assertMonth(endMonth);
  const count = Math.max(0, Math.floor(months));
  const first = monthIndex(endMonth) - count + 1;
  const income = new Float64Array(count);
  const spending = new Float64Array(count);
  for (const row of rows) {
    const slot = monthIndex(row.bookingDate) - first;
    if (slot < 0 || slot >= count || !countsAsFlow(row, options)) continue;
    if (row.amount > 0) income[slot]! += row.amount;
    else spending[slot]! -= row.amount;
  }
  return buildCashFlow(endMonth, income, spending);
}

export function buildCashFlow(endMonth: string, income: Float64Array, spending: Float64Array): CashFlowMonth[] {
  return Array.from(income, (monthIncome, slot) => {
    const monthSpending = spending[slot] ?? 0;
    return {
      month: addMonths(endMonth, slot - income.length + 1),
      income: monthIncome,
      spending: monthSpending,
      net: monthIncome - monthSpending,
    };
  });
}
