import { describe, expect, it } from "vitest";
import { cashFlowByMonth } from "./cash-flow-by-month";
import { insightRow } from "./test-fixtures";

describe("cashFlowByMonth", () => {
  const rows = [
    insightRow({ bookingDate: "2025-12-31", amount: 3_000_000 }),
    insightRow({ bookingDate: "2025-12-31", amount: -40_000 }),
    insightRow({ bookingDate: "2026-01-01", amount: -10_000, status: "PENDING" }),
    insightRow({ bookingDate: "2026-01-31", amount: 500 }),
    insightRow({ bookingDate: "2026-02-01", amount: -50_000, isOwnTransfer: true }),
    insightRow({ bookingDate: "2026-02-01", amount: 50_000, isOwnTransfer: true }),
    insightRow({ bookingDate: "2026-03-01", amount: -1 }),
  ];

  it("returns exactly `months` months oldest first with zeros for quiet months", () => {
    expect(cashFlowByMonth(rows, "2026-02", 4)).toEqual([
      { month: "2025-11", income: 0, spending: 0, net: 0 },
      { month: "2025-12", income: 3_000_000, spending: 40_000, net: 2_960_000 },
      { month: "2026-01", income: 500, spending: 10_000, net: -9_500 },
      { month: "2026-02", income: 0, spending: 0, net: 0 },
    ]);
  });

  it("counts own transfers both ways when asked", () => {
    expect(cashFlowByMonth(rows, "2026-02", 1, { includeTransfers: true })).toEqual([
      { month: "2026-02", income: 50_000, spending: 50_000, net: 0 },
    ]);
  });

  it("defaults to twelve months and copes with empty input", () => {
    const flow = cashFlowByMonth([], "2026-03");
    expect(flow).toHaveLength(12);
    expect(flow[0]!.month).toBe("2025-04");
    expect(flow[11]!.month).toBe("2026-03");
    expect(flow.every((m) => m.income === 0 && m.spending === 0)).toBe(true);
    expect(cashFlowByMonth(rows, "2026-03", 0)).toEqual([]);
  });
});
