import { describe, expect, it } from "vitest";
import { spendingByCategory } from "./spending-by-category";
import { groceries, insightRow, transport } from "./test-fixtures";

describe("spendingByCategory", () => {
  const rows = [
    insightRow({ bookingDate: "2026-02-28", amount: -999, ...groceries }),
    insightRow({ bookingDate: "2026-03-01", amount: -10_000, ...groceries }),
    insightRow({ bookingDate: "2026-03-15", amount: -5_000, ...groceries, categorySub: "KIOSK", categorySubLabel: "Kiosk" }),
    insightRow({ bookingDate: "2026-03-20", amount: -20_000, ...transport, status: "PENDING" }),
    insightRow({ bookingDate: "2026-03-31", amount: -5_000 }),
    insightRow({ bookingDate: "2026-03-31", amount: 2_500, ...groceries }),
    insightRow({ bookingDate: "2026-03-10", amount: -100_000, isOwnTransfer: true, categoryMain: "TRANSFER", categoryMainLabel: "Overføring" }),
    insightRow({ bookingDate: "2026-04-01", amount: -777, ...transport }),
  ];

  it("groups a month's money out by category, biggest first, refunds not netted", () => {
    expect(spendingByCategory(rows, "2026-03")).toEqual({
      total: 40_000,
      categories: [
        {
          main: "TRANSPORT",
          label: "Transport",
          total: 20_000,
          count: 1,
          share: 0.5,
          subs: [{ sub: "FUEL", label: "Drivstoff", total: 20_000, count: 1 }],
        },
        {
          main: "GROCERIES",
          label: "Dagligvarer",
          total: 15_000,
          count: 2,
          share: 0.375,
          subs: [
            { sub: "SUPERMARKET", label: "Supermarked", total: 10_000, count: 1 },
            { sub: "KIOSK", label: "Kiosk", total: 5_000, count: 1 },
          ],
        },
        {
          main: "none",
          label: "Ukategorisert",
          total: 5_000,
          count: 1,
          share: 0.125,
          subs: [{ sub: "none", label: "Ukategorisert", total: 5_000, count: 1 }],
        },
      ],
    });
  });

  it("includes own transfers only when asked", () => {
    const withTransfers = spendingByCategory(rows, "2026-03", { includeTransfers: true });
    expect(withTransfers.total).toBe(140_000);
    expect(withTransfers.categories[0]).toMatchObject({ main: "TRANSFER", label: "Overføring", total: 100_000 });
  });

  it("breaks ties by label", () => {
    const tied = [
      insightRow({ bookingDate: "2026-03-02", amount: -100, ...transport }),
      insightRow({ bookingDate: "2026-03-02", amount: -100, ...groceries }),
    ];
    expect(spendingByCategory(tied, "2026-03").categories.map((c) => c.label)).toEqual(["Dagligvarer", "Transport"]);
  });

  it("handles leap-year February and empty input", () => {
    const leap = [insightRow({ bookingDate: "2024-02-29", amount: -300 }), insightRow({ bookingDate: "2024-03-01", amount: -1 })];
    expect(spendingByCategory(leap, "2024-02").total).toBe(300);
    expect(spendingByCategory([], "2026-03")).toEqual({ total: 0, categories: [] });
  });

  it("rejects a malformed month", () => {
    expect(() => spendingByCategory(rows, "2026-3")).toThrow(RangeError);
  });
});
