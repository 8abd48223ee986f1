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
});
