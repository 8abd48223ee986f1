import { describe, expect, it } from "vitest";
import { netWorthChange } from "./net-worth-change";

describe("netWorthChange", () => {
  const series = [
    { date: "2026-10-30", balance: 90_000 },
    { date: "2026-10-31", balance: 100_000 },
    { date: "2026-11-01", balance: 80_000 },
    { date: "2026-11-15", balance: 125_000 },
  ];

  it("measures the change from the end of last month to today", () => {
    expect(netWorthChange(series, "2026-11-15")).toEqual({ now: 125_000, monthStart: 100_000, change: 25_000 });
  });

  it("on the first of the month, the change is that day's alone", () => {
    expect(netWorthChange(series.slice(0, 3), "2026-11-01")).toEqual({ now: 80_000, monthStart: 100_000, change: -20_000 });
  });

  it("has no change when the series starts inside this month", () => {
    expect(netWorthChange(series.slice(2), "2026-11-15")).toEqual({ now: 125_000, monthStart: null, change: null });
  });

  it("has nothing to say without a series", () => {
    expect(netWorthChange([], "2026-11-15")).toBeNull();
  });
});
