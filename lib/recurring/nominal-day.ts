import { dayOfMonth } from "../insights/calendar";
import type { SeriesDirection } from "./types";

// The occurrences a series' day of month is read from.
const RECENT = 6;

/**
 * The day of month a series falls due: the day its recent occurrences fall on most often (a bill
 * charged a day late once, a payday moved to the Friday before a weekend, or one paid into the
 * month before, keep their day). Ties go to the latest day for paydays (they move earlier, never
 * later) and to the most recent occurrence's day for bills.
 */
export function nominalDay(direction: SeriesDirection, occurrences: readonly { date: string }[]): number {
  const days = occurrences.slice(-RECENT).map((occurrence) => dayOfMonth(occurrence.date));
  const counts = new Map<number, number>();
  for (const day of days) counts.set(day, (counts.get(day) ?? 0) + 1);
  let best = days.at(-1) ?? 1;
  for (const [day, count] of counts) {
    const bestCount = counts.get(best) ?? 0;
    if (count > bestCount || (count === bestCount && direction === "in" && day > best)) best = day;
  }
  return best;
}
