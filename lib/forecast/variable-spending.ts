import { dayFromNumber, dayNumber } from "../insights/calendar";
import type { RecurringRow } from "../recurring/types";

export interface VariableProfile {
  /** Expected net amount (øre, negative = spending) per weekday, 0 = Sunday. */
  byWeekday: number[];
  /** Standard deviation of a day's net around its weekday's expectation. */
  dailySpread: number;
}

export function weekdayOf(day: string): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

/**
 * What an account does outside its series: the mean net per weekday over the look-back window (rows
 * that belong to a series, and own transfers, left out), and how much single days scatter around it.
 */
export function variableProfile(rows: readonly RecurringRow[], seriesRowIds: ReadonlySet<string>, today: string, lookbackDays: number): VariableProfile {
  const last = dayNumber(today);
  const first = last - lookbackDays + 1;
  const perDay = new Array<number>(lookbackDays).fill(0);
  for (const row of rows) {
    if (row.isOwnTransfer || seriesRowIds.has(row.id)) continue;
    const number = dayNumber(row.bookingDate);
    if (number < first || number > last) continue;
    perDay[number - first] = (perDay[number - first] ?? 0) + row.amount;
  }
  const sums = new Array<number>(7).fill(0);
  const counts = new Array<number>(7).fill(0);
  perDay.forEach((net, index) => {
    const weekday = weekdayOf(dayFromNumber(first + index));
    sums[weekday] = (sums[weekday] ?? 0) + net;
    counts[weekday] = (counts[weekday] ?? 0) + 1;
  });
  const byWeekday = sums.map((sum, weekday) => ((counts[weekday] ?? 0) > 0 ? sum / (counts[weekday] ?? 1) : 0));
  let squares = 0;
  perDay.forEach((net, index) => {
    const expected = byWeekday[weekdayOf(dayFromNumber(first + index))] ?? 0;
    squares += (net - expected) ** 2;
  });
  return { byWeekday, dailySpread: Math.sqrt(squares / Math.max(1, perDay.length - 1)) };
}
