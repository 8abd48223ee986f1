import { describe, expect, it } from "vitest";
import { insightRow } from "./test-fixtures";
import { topMerchants } from "./top-merchants";

describe("topMerchants", () => {
  const rows = [
    insightRow({ bookingDate: "2026-03-01", amount: -100, merchantName: "REMA 1000" }),
    insightRow({ bookingDate: "2026-03-02", amount: -200, merchantName: "Rema 1000" }),
    insightRow({ bookingDate: "2026-03-03", amount: -300, merchantName: "Rema  1000 " }),
    insightRow({ bookingDate: "2026-03-31", amount: -50, merchantName: null, description: "Vipps*Ola" }),
    insightRow({ bookingDate: "2026-03-15", amount: -400, merchantName: "Kiwi", status: "PENDING" }),
    insightRow({ bookingDate: "2026-03-15", amount: 9_999, merchantName: "Kiwi" }),
    insightRow({ bookingDate: "2026-03-16", amount: -10_000, merchantName: "Sparekonto", isOwnTransfer: true }),
    insightRow({ bookingDate: "2026-02-28", amount: -90_000, merchantName: "Kiwi" }),
    insightRow({ bookingDate: "2026-04-01", amount: -90_000, merchantName: "Kiwi" }),
  ];

  it("groups money out case-insensitively and shows the most frequent spelling", () => {
    expect(topMerchants(rows, "2026-03-01", "2026-03-31")).toEqual([
      { name: "Rema 1000", total: 600, count: 3 },
      { name: "Kiwi", total: 400, count: 1 },
      { name: "Vipps*Ola", total: 50, count: 1 },
    ]);
  });

  it("limits the list and includes own transfers only when asked", () => {
    expect(topMerchants(rows, "2026-03-01", "2026-03-31", 1, { includeTransfers: true })).toEqual([
      { name: "Sparekonto", total: 10_000, count: 1 },
    ]);
    expect(topMerchants(rows, "2026-03-01", "2026-03-31", 0)).toEqual([]);
  });

  it("breaks spelling ties alphabetically, whatever the row order", () => {
    const tied = [
      insightRow({ bookingDate: "2026-03-01", amount: -1, merchantName: "kiwi" }),
      insightRow({ bookingDate: "2026-03-01", amount: -1, merchantName: "KIWI" }),
    ];
    expect(topMerchants(tied, "2026-03-01", "2026-03-01")[0]!.name).toBe("KIWI");
    expect(topMerchants(tied.reverse(), "2026-03-01", "2026-03-01")[0]!.name).toBe("KIWI");
  });

  it("returns nothing for empty input", () => {
    expect(topMerchants([], "2026-03-01", "2026-03-31")).toEqual([]);
  });
});
