import { assertDay, dayOfMonth, daysInMonth, monthIndex } from "./calendar";
import { countsAsFlow } from "./counts-as-flow";
import type { InsightRow, MonthComparison, SeriesOptions } from "./types";

/**
 * Money out this month up to and including `today`, against last month up to the same day of the
 * month (clamped to last month's length, so 31 March compares with 28/29 February).
 */
export function spentThisMonthVsLast(rows: readonly InsightRow[], today: string, options?: SeriesOptions): MonthComparison {
  assertDay(today);
  const window = comparisonWindow(today);
  let thisMonth = 0;
  let lastMonthToSameDay = 0;
  let lastMonthTotal = 0;
  for (const row of rows) {
    if (row.amount >= 0 || !countsAsFlow(row, options)) continue;
    const month = monthIndex(row.bookingDate);
    if (month === window.thisMonth) {
      if (dayOfMonth(row.bookingDate) <= window.today) thisMonth -= row.amount;
    } else if (month === window.lastMonth) {
      lastMonthTotal -= row.amount;
      if (dayOfMonth(row.bookingDate) <= window.lastMonthDay) lastMonthToSameDay -= row.amount;
    }
  }
  return monthComparison(thisMonth, lastMonthToSameDay, lastMonthTotal);
}

export interface ComparisonWindow {
  thisMonth: number;
  today: number;
  lastMonth: number;
  lastMonthDay: number;
}

export function comparisonWindow(today: string): ComparisonWindow {
  const thisMonth = monthIndex(today);
  const day = dayOfMonth(today);
  return { thisMonth, today: day, lastMonth: thisMonth - 1, lastMonthDay: Math.min(day, daysInMonth(thisMonth - 1)) };
}

export function monthComparison(thisMonth: number, lastMonthToSameDay: number, lastMonthTotal: number): MonthComparison {
  return {
    thisMonth,
    lastMonthToSameDay,
    lastMonthTotal,
    change: lastMonthToSameDay === 0 ? null : (thisMonth - lastMonthToSameDay) / lastMonthToSameDay,
  };
}
