import { describe, expect, it } from "vitest";
import { addDays } from "../dates/oslo-date";
import { balanceOverTime } from "./balance-over-time";
import { addMonths } from "./calendar";
import { cashFlowByMonth } from "./cash-flow-by-month";
import { computeDashboardSeries, type DashboardSeriesInput } from "./compute-dashboard-series";
import { spendingByCategory } from "./spending-by-category";
import { spentThisMonthVsLast } from "./spent-this-month-vs-last";
import { seededRandom, syntheticDataset } from "./synthetic-dataset";
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
      cashFlow: cashFlowByMonth([], "2026-03"),
      balance: [
        { date: "2026-03-09", balance: 0 },
        { date: "2026-03-10", balance: 0 },
      ],
      topMerchants: [],
      monthComparison: { thisMonth: 0, lastMonthToSameDay: 0, lastMonthTotal: 0, change: null },
    });
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
