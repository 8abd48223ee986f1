import { dayFromNumber, dayNumber } from "../insights/calendar";
import type { RecurringRow } from "../recurring/types";
import type { DailyNet } from "./daily-net";

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
 * What an account does outside its series: the mean net per weekday over the look-back window, and
 * how much single days scatter around it. `nets` is the account's net per day with own transfers
 * and the rows of series already taken out (see variableNets).
 */
export function variableProfile(nets: ReadonlyMap<string, number>, today: string, lookbackDays: number): VariableProfile {
  const last = dayNumber(today);
  const first = last - lookbackDays + 1;
  const perDay = Array.from({ length: lookbackDays }, (_, index) => nets.get(dayFromNumber(first + index)) ?? 0);
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

/**
 * Per account, the net of each day outside any series: the day's net less the rows of detected
 * series booked on it (own transfers are in neither). Pure.
 */
export function variableNets(dailyNet: readonly DailyNet[], rows: readonly RecurringRow[], seriesRowIds: ReadonlySet<string>): Map<string, Map<string, number>> {
  const byAccount = new Map<string, Map<string, number>>();
  const add = (accountId: string, day: string, amount: number) => {
    let days = byAccount.get(accountId);
    if (!days) byAccount.set(accountId, (days = new Map()));
    days.set(day, (days.get(day) ?? 0) + amount);
  };
  for (const entry of dailyNet) add(entry.accountId, entry.day, entry.net);
  for (const row of rows) if (!row.isOwnTransfer && seriesRowIds.has(row.id)) add(row.accountId, row.bookingDate, -row.amount);
  return byAccount;
}
