import { dayOfMonth } from "../insights/calendar";
import type { SeriesDirection } from "./types";

// The occurrences a series' day of month is read from.
const RECENT = 6;

// Further than this from the usual day, an occurrence was paid into the month before or after.
const CROSSED_MONTH_DAYS = 15;

/**
 * The day of month a series falls due. Bills: the day their recent occurrences fall on most often (a
 * bill charged a day late once keeps its day; ties go to the most recent occurrence's day).
 * Paydays move earlier, never later (to the Friday before a weekend, or a 31st cut to the 30th), so
 * their day is the latest one near that usual day: pay on the last weekday of each month is the
 * 31st, while one month's pay that came on the 31st for the 1st does not move the 1st.
 */
export function nominalDay(direction: SeriesDirection, occurrences: readonly { date: string }[]): number {
  const days = occurrences.slice(-RECENT).map((occurrence) => dayOfMonth(occurrence.date));
  const counts = new Map<number, number>();
  for (const day of days) counts.set(day, (counts.get(day) ?? 0) + 1);
  let usual = days.at(-1) ?? 1;
  for (const [day, count] of counts) if (count > (counts.get(usual) ?? 0)) usual = day;
  if (direction === "out") return usual;
  return Math.max(...days.filter((day) => Math.abs(day - usual) <= CROSSED_MONTH_DAYS));
}
