import { dayNumber } from "../insights/calendar";
import { addDays } from "../dates/oslo-date";
import { cadenceRule } from "../recurring/cadence";
import { nominalDay } from "../recurring/nominal-day";
import { stepDate } from "../recurring/next-date";
import type { RecurringSeries } from "../recurring/types";
import type { ExpectedEvent } from "./types";

/**
 * The charges and payments a series is expected to make after `today` up to `until`. A charge that is
 * due but still inside its grace period (or, for a series whose charge is reserved, past it: see
 * settleReservedCharges) is expected tomorrow; an ended or missed series expects nothing.
 */
export function expectedEvents(series: RecurringSeries, today: string, until: string): ExpectedEvent[] {
  if (series.ended || series.missed) return [];
  const rule = cadenceRule(series.cadence);
  const sign = series.direction === "in" ? 1 : -1;
  const tomorrow = addDays(today, 1);
  const day = nominalDay(series.direction, series.occurrences);
  const events: ExpectedEvent[] = [];
  for (let step = 1; step < 400; step++) {
    let date = step === 1 ? series.nextDate : stepDate(series.lastDate, rule, day, step, series.direction === "in");
    if (dayNumber(date) <= dayNumber(today)) date = tomorrow;
    if (date > until) break;
    events.push({ date, seriesKey: series.key, name: series.name, accountId: series.accountId, amount: sign * series.amount });
  }
  return events;
}
