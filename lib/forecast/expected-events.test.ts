import { describe, expect, it } from "vitest";
import { detectSeries } from "../recurring/detect-series";
import type { RecurringRow } from "../recurring/types";
import { expectedEvents } from "./expected-events";

const weekly: RecurringRow[] = ["2026-11-07", "2026-11-14", "2026-11-21", "2026-11-28"].map((day, index) => ({
  id: `w${index}`, accountId: "acc", bookingDate: day, amount: -6_000, status: "BOOKED", description: "NORSK TIPPING AS", merchantName: "Norsk Tipping",
  remoteAccountNumber: null, remoteAccountName: null, categoryMain: null, isOwnTransfer: false, recurring: true, subscription: true,
}));

describe("expectedEvents", () => {
  it("repeats a weekly series through the window", () => {
    const [series] = detectSeries(weekly, "2026-11-30");
    expect(series && expectedEvents(series, "2026-11-30", "2026-12-30").map((event) => event.date)).toEqual(["2026-12-05", "2026-12-12", "2026-12-19", "2026-12-26"]);
  });

  it("expects a charge that is late but inside its grace period tomorrow, and nothing of a missed series", () => {
    const [late] = detectSeries(weekly, "2026-12-06");
    expect(late?.missed).toBe(false);
    expect(late && expectedEvents(late, "2026-12-06", "2026-12-14").map((event) => [event.date, event.amount])).toEqual([["2026-12-07", -6_000], ["2026-12-12", -6_000]]);
    const [missed] = detectSeries(weekly, "2026-12-09");
    expect(missed?.missed).toBe(true);
    expect(missed && expectedEvents(missed, "2026-12-09", "2026-12-31")).toEqual([]);
  });

  const monthly = (days: string[], amount: number, description: string): RecurringRow[] =>
    days.map((day, index) => ({
      id: `${description}${index}`, accountId: "acc", bookingDate: day, amount, status: "BOOKED", description, merchantName: null,
      remoteAccountNumber: null, remoteAccountName: null, categoryMain: null, isOwnTransfer: false, recurring: true, subscription: false,
    }));

  it("expects a bill due on the 31st on the 31st of each long month, not on the day a short month cut it to", () => {
    const [series] = detectSeries(monthly(["2026-01-31", "2026-02-28", "2026-03-31"], -500_000, "HUSLEIE"), "2026-04-29");
    expect(series?.nextDate).toBe("2026-04-30");
    expect(series && expectedEvents(series, "2026-04-29", "2026-07-01").map((event) => event.date)).toEqual(["2026-04-30", "2026-05-31", "2026-06-30"]);
  });

  it("counts a charge paid into the next or the month before from the month it fell due in", () => {
    // Due on the 30th; 30 May 2026 was a Saturday, so May's came on Monday 1 June: June's is still due on the 30th.
    const [late] = detectSeries(monthly(["2026-02-27", "2026-03-30", "2026-04-30", "2026-06-01"], -500_000, "STROM"), "2026-06-05");
    expect(late?.nextDate).toBe("2026-06-30");
    // Rent due on the 1st, August's paid on 31 July: the next is September's, not August's again.
    const [early] = detectSeries(monthly(["2026-05-01", "2026-06-01", "2026-07-01", "2026-07-31"], -1_200_000, "LEIE"), "2026-08-05");
    expect(early?.nextDate).toBe("2026-09-01");
    expect(early && expectedEvents(early, "2026-08-05", "2026-09-04").map((event) => event.date)).toEqual(["2026-09-01"]);
  });

  it("keeps a payday on its day when one month's pay came early", () => {
    const salary = monthly(["2026-04-01", "2026-05-01", "2026-06-01", "2026-07-31", "2026-09-01"], 4_500_000, "LONN");
    const [series] = detectSeries(salary, "2026-09-05");
    // 1 October 2026 is a Thursday.
    expect(series?.nextDate).toBe("2026-10-01");
    // Pay on the last weekday of each month: 30 four times of six, yet the day is the 31st.
    const lastWeekday = monthly(["2025-04-30", "2025-05-30", "2025-06-30", "2025-07-31", "2025-08-29", "2025-09-30"], 4_500_000, "LONN2");
    const [monthEnd] = detectSeries(lastWeekday, "2025-10-05");
    expect(monthEnd?.nextDate).toBe("2025-10-31");
  });
});
