import { describe, expect, it } from "vitest";
import { addDays } from "../dates/oslo-date";
import { balanceOverTime } from "./balance-over-time";
import { addMonths } from "./calendar";
import { cashFlowByMonth } from "./cash-flow-by-month";
import { computeDashboardSeries, type DashboardSeriesInput } from "./compute-dashboard-series";
import { spendingByCategory } from "./spending-by-category";
import { spentThisMonthVsLast } from "./spent-this-month-vs-last";
import { seededRandom, syntheticDataset } from "./synthetic-dataset";
import { groceries, insightRow, transport } from "./test-fixtures";
import { topMerchants } from "./top-merchants";

function separately(input: DashboardSeriesInput) {
  return {
    spendingByCategory: spendingByCategory(input.rows, input.month, input.options),
    cashFlow: cashFlowByMonth(input.rows, input.month, input.cashFlowMonths, input.options),
    balance: balanceOverTime(input.accounts, input.rows, input.snapshots, input.from, input.to, input.balance),
    topMerchants: topMerchants(input.rows, input.from, input.to, input.topMerchantsLimit, input.options),
    monthComparison: spentThisMonthVsLast(input.rows, input.today, input.options),
  };
}

describe("computeDashboardSeries", () => {
  it("returns empty series for empty input", () => {
    const series = computeDashboardSeries({
      rows: [],
      accounts: [],
      snapshots: [],
      today: "2026-03-10",
      month: "2026-03",
      from: "2026-03-09",
      to: "2026-03-10",
    });
    expect(series).toEqual({
      spendingByCategory: { total: 0, categories: [] },
      cashFlow: ["2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"].map(
        (month) => ({ month, income: 0, spending: 0, net: 0 }),
      ),
      balance: [
        { date: "2026-03-09", balance: 0 },
        { date: "2026-03-10", balance: 0 },
      ],
      topMerchants: [],
      monthComparison: { thisMonth: 0, lastMonthToSameDay: 0, lastMonthTotal: 0, change: null },
    });
  });

  // Worked out by hand, so the expectation does not come from the code under test.
  it("gives the hand-computed series for a small month", () => {
    const kiwi = { ...groceries, merchantName: "Kiwi" };
    const rows = [
      insightRow({ bookingDate: "2026-03-09", amount: -2000, ...kiwi }),
      insightRow({ bookingDate: "2026-03-10", amount: -500, ...kiwi }),
      insightRow({ bookingDate: "2026-03-10", amount: -700, ...kiwi, status: "PENDING" }),
      insightRow({ bookingDate: "2026-03-09", amount: -1500, ...transport, merchantName: "Circle K" }),
      insightRow({ bookingDate: "2026-03-08", amount: 50_000, description: "Lønn" }),
      insightRow({ bookingDate: "2026-03-09", amount: -10_000, isOwnTransfer: true, description: "Til sparekonto" }),
      insightRow({ bookingDate: "2026-02-05", amount: -3000, ...groceries, merchantName: "Rema 1000" }),
      insightRow({ bookingDate: "2026-02-20", amount: -1000 }),
    ];
    const input: DashboardSeriesInput = {
      rows,
      accounts: [{ id: "a1", balance: 100_000, currencyCode: "NOK" }],
      snapshots: [],
      today: "2026-03-10",
      month: "2026-03",
      from: "2026-03-08",
      to: "2026-03-10",
      cashFlowMonths: 3,
      topMerchantsLimit: 2,
    };
    const series = computeDashboardSeries(input);
    expect(series).toEqual({
      spendingByCategory: {
        total: 4700,
        categories: [
          { main: "GROCERIES", label: "Dagligvarer", total: 3200, count: 3, share: 3200 / 4700, subs: [{ sub: "SUPERMARKET", label: "Supermarked", total: 3200, count: 3 }] },
          { main: "TRANSPORT", label: "Transport", total: 1500, count: 1, share: 1500 / 4700, subs: [{ sub: "FUEL", label: "Drivstoff", total: 1500, count: 1 }] },
        ],
      },
      cashFlow: [
        { month: "2026-01", income: 0, spending: 0, net: 0 },
        { month: "2026-02", income: 0, spending: 4000, net: -4000 },
        { month: "2026-03", income: 50_000, spending: 4700, net: 45_300 },
      ],
      // Backwards from today's balance; pending rows have not moved money yet, own transfers have.
      balance: [
        { date: "2026-03-08", balance: 114_000 },
        { date: "2026-03-09", balance: 100_500 },
        { date: "2026-03-10", balance: 100_000 },
      ],
      topMerchants: [
        { name: "Kiwi", total: 3200, count: 3 },
        { name: "Circle K", total: 1500, count: 1 },
      ],
      monthComparison: { thisMonth: 4700, lastMonthToSameDay: 3000, lastMonthTotal: 4000, change: (4700 - 3000) / 3000 },
    });
    expect(separately(input)).toEqual(series);
  });

  // Dense data across a year end and a leap February, so boundaries and collisions are common.
  it.each(Array.from({ length: 40 }, (_, seed) => seed + 1))("equals the separate functions on random data (seed %i)", (seed) => {
    const random = seededRandom(seed * 7919);
    const data = syntheticDataset({
      seed,
      rows: 50 + Math.floor(random() * 600),
      from: "2023-11-20",
      to: "2024-04-10",
      accounts: 1 + Math.floor(random() * 4),
      snapshotsPerAccount: Math.floor(random() * 30),
    });
    const to = addDays("2023-12-01", Math.floor(random() * 140));
    const today = random() < 0.5 ? to : addDays("2023-12-28", Math.floor(random() * 70));
    const input: DashboardSeriesInput = {
      ...data,
      today,
      month: addMonths(today.slice(0, 7), -Math.floor(random() * 3)),
      from: addDays(to, -Math.floor(random() * 120)),
      to,
      options: random() < 0.5 ? undefined : { includeTransfers: random() < 0.5 },
      cashFlowMonths: random() < 0.3 ? undefined : Math.floor(random() * 8),
      topMerchantsLimit: random() < 0.3 ? undefined : Math.floor(random() * 6),
      balance: random() < 0.5 ? undefined : { accountIds: data.accounts.filter(() => random() < 0.6).map((a) => a.id) },
    };

    const series = computeDashboardSeries(input);
    expect(series).toEqual(separately(input));

    for (const month of series.cashFlow) {
      expect(month.spending).toBe(spendingByCategory(input.rows, month.month, input.options).total);
    }
  });
});
