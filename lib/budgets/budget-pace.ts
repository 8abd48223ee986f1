import { dayOfMonth, daysInMonth, monthIndex } from "../insights/calendar";

/**
 * What a month's spending comes to at the pace so far: a finished month is what it is, a future one
 * has spent nothing, the current one extrapolates from its elapsed days (today counted as elapsed).
 */
export function projectedSpending(spent: number, month: string, today: string): number {
  const current = monthIndex(today);
  const index = monthIndex(month);
  if (index < current) return spent;
  if (index > current) return 0;
  return Math.round((spent * daysInMonth(index)) / dayOfMonth(today));
}
