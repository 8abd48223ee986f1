import { describe, expect, it } from "vitest";
import { spentThisMonthVsLast } from "./spent-this-month-vs-last";
import { insightRow } from "./test-fixtures";

describe("spentThisMonthVsLast", () => {
  it("compares with last month up to the same day", () => {
    const rows = [
      insightRow({ bookingDate: "2026-03-01", amount: -1_000 }),
      insightRow({ bookingDate: "2026-03-10", amount: -2_000, status: "PENDING" }),
      insightRow({ bookingDate: "2026-03-11", amount: -4_000 }),
      insightRow({ bookingDate: "2026-03-05", amount: 50_000 }),
      insightRow({ bookingDate: "2026-03-05", amount: -8_000, isOwnTransfer: true }),
      insightRow({ bookingDate: "2026-02-10", amount: -2_000 }),
      insightRow({ bookingDate: "2026-02-11", amount: -6_000 }),
      insightRow({ bookingDate: "2026-01-31", amount: -9_000 }),
    ];
    expect(spentThisMonthVsLast(rows, "2026-03-10")).toEqual({
      thisMonth: 3_000,
      lastMonthToSameDay: 2_000,
      lastMonthTotal: 8_000,
      change: 0.5,
    });
    expect(spentThisMonthVsLast(rows, "2026-03-10", { includeTransfers: true }).thisMonth).toBe(11_000);
  });

  it("clamps the same day to the end of a shorter previous month", () => {
    const rows = [
      insightRow({ bookingDate: "2026-02-28", amount: -1_000 }),
      insightRow({ bookingDate: "2026-03-31", amount: -500 }),
      insightRow({ bookingDate: "2024-02-29", amount: -700 }),
      insightRow({ bookingDate: "2024-03-31", amount: -1_400 }),
    ];
    expect(spentThisMonthVsLast(rows, "2026-03-31")).toEqual({ thisMonth: 500, lastMonthToSameDay: 1_000, lastMonthTotal: 1_000, change: -0.5 });
    expect(spentThisMonthVsLast(rows, "2026-03-30").lastMonthToSameDay).toBe(1_000);
    expect(spentThisMonthVsLast(rows, "2024-03-31")).toMatchObject({ lastMonthToSameDay: 700, change: 1 });
    expect(spentThisMonthVsLast(rows, "2024-03-28")).toMatchObject({ thisMonth: 0, lastMonthToSameDay: 0, lastMonthTotal: 700, change: null });
  });

  it("compares January with December of the year before", () => {
    const rows = [insightRow({ bookingDate: "2025-12-01", amount: -100 }), insightRow({ bookingDate: "2026-01-01", amount: -300 })];
    expect(spentThisMonthVsLast(rows, "2026-01-01")).toEqual({ thisMonth: 300, lastMonthToSameDay: 100, lastMonthTotal: 100, change: 2 });
  });

  it("returns zeros and no change for empty input", () => {
    expect(spentThisMonthVsLast([], "2026-03-10")).toEqual({ thisMonth: 0, lastMonthToSameDay: 0, lastMonthTotal: 0, change: null });
  });
});
