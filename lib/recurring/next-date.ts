import { dayFromNumber, dayNumber, dayNumberOf, dayOfMonth, daysInMonth, monthIndex } from "../insights/calendar";
import type { CadenceRule } from "./cadence";

/** The last weekday on or before `day` (paydays move back from a weekend). */
export function previousWeekday(day: string): string {
  const number = dayNumber(day);
  // 1970-01-01 was a Thursday: (n + 4) % 7 gives 0 = Sunday … 6 = Saturday.
  const weekday = (((number + 4) % 7) + 7) % 7;
  if (weekday === 6) return dayFromNumber(number - 1);
  if (weekday === 0) return dayFromNumber(number - 2);
  return day;
}

// Further than this from the nominal day, an occurrence was paid into the month before or after the
// one it fell due in (rent due on the 1st paid on the 31st, a bill due on the 30th charged on the 1st).
const CROSSED_MONTH_DAYS = 15;

/**
 * The expected day `steps` periods after `last`. Calendar cadences keep their nominal day of month
 * (clamped to short months), counted from the month `last` fell due in; with `movesToWeekday`, a
 * weekend day moves to the Friday before.
 */
export function stepDate(last: string, rule: CadenceRule, nominalDay: number, steps: number, movesToWeekday: boolean): string {
  if (rule.months === 0) return dayFromNumber(dayNumber(last) + rule.days * steps);
  const day = dayOfMonth(last);
  const dueMonth = monthIndex(last) + (nominalDay - day > CROSSED_MONTH_DAYS ? -1 : day - nominalDay > CROSSED_MONTH_DAYS ? 1 : 0);
  const month = dueMonth + rule.months * steps;
  const due = dayFromNumber(dayNumberOf(month, Math.min(nominalDay, daysInMonth(month))));
  return movesToWeekday ? previousWeekday(due) : due;
}
