import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../dates/oslo-date";
import { dayNumber } from "../insights/calendar";
import type { RecurringRow } from "../recurring/types";
import { dailyNetOf } from "./daily-net";
import { variableNets, variableProfile, weekdayOf } from "./variable-spending";

const TODAY = "2026-11-30";
const LOOKBACK = 91;

/** The variable profile straight from the rows, as the forecast computed it before it read per-day totals. */
function profileFromRows(rows: readonly RecurringRow[], seriesRowIds: ReadonlySet<string>, accountId: string) {
  const first = dayNumber(TODAY) - LOOKBACK + 1;
  const perDay = new Array<number>(LOOKBACK).fill(0);
  for (const row of rows) {
    const index = dayNumber(row.bookingDate) - first;
    if (row.accountId !== accountId || row.isOwnTransfer || seriesRowIds.has(row.id) || index < 0 || index >= LOOKBACK) continue;
    perDay[index]! += row.amount;
  }
  const weekdays = perDay.map((_, index) => weekdayOf(addDays(TODAY, index - LOOKBACK + 1)));
  const byWeekday = Array.from({ length: 7 }, (_, weekday) => {
    const days = perDay.filter((_, index) => weekdays[index] === weekday);
    return days.reduce((sum, net) => sum + net, 0) / days.length;
  });
  const squares = perDay.reduce((sum, net, index) => sum + (net - byWeekday[weekdays[index]!]!) ** 2, 0);
  return { byWeekday, dailySpread: Math.sqrt(squares / (LOOKBACK - 1)) };
}

const row = fc.record({
  account: fc.constantFrom("a", "b"),
  daysAgo: fc.integer({ min: -5, max: 120 }),
  amount: fc.integer({ min: -5_000_000, max: 5_000_000 }),
  isOwnTransfer: fc.boolean(),
  inSeries: fc.boolean(),
});

describe("variable spending from per-day nets", () => {
  it("equals the profile computed from every row, whatever the rows, transfers and series", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (specs) => {
        const rows: RecurringRow[] = specs.map((spec, index) => ({
          id: `r${index}`, accountId: spec.account, bookingDate: addDays(TODAY, -spec.daysAgo), amount: spec.amount, status: "BOOKED", description: "x",
          merchantName: null, remoteAccountNumber: null, remoteAccountName: null, categoryMain: null, isOwnTransfer: spec.isOwnTransfer, recurring: false, subscription: false,
        }));
        const seriesRowIds = new Set(rows.filter((_, index) => specs[index]!.inSeries).map((candidate) => candidate.id));
        // The forecast is given only the rows of series (the store reads no others) and the per-day nets.
        const nets = variableNets(dailyNetOf(rows), rows.filter((candidate) => seriesRowIds.has(candidate.id)), seriesRowIds);
        for (const accountId of ["a", "b"]) {
          expect(variableProfile(nets.get(accountId) ?? new Map(), TODAY, LOOKBACK)).toEqual(profileFromRows(rows, seriesRowIds, accountId));
        }
      }),
      { numRuns: 300 },
    );
  });
});
