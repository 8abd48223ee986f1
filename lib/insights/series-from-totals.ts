import { BalanceReplay } from "./balance-replay";
import { addMonths, assertDay, assertMonth, dayNumber, dayOfMonth, monthIndex } from "./calendar";
import { buildCashFlow } from "./cash-flow-by-month";
import { CategoryTotals } from "./category-totals";
import type { DashboardSeries } from "./compute-dashboard-series";
import { MerchantTotals } from "./merchant-totals";
import { comparisonWindow, monthComparison } from "./spent-this-month-vs-last";
import type { BalanceOptions, InsightAccount, InsightSnapshot } from "./types";

/**
 * The day ranges the overview's totals are read for, given the same inputs as computeDashboardSeries.
 * Money out is positive in every total below; rows left out of the charts, and own transfers unless
 * asked for, are not in the flow totals (the booked nets, for the balance, hold every booked row).
 */
export function overviewTotalsRanges(today: string, month: string, from: string, cashFlowMonths = 12) {
  const monthAfter = (value: string) => `${addMonths(value, 1)}-01`;
  return {
    /** Booked nets per account and day in (from, today]. */
    balance: { after: from, to: today },
    /** Income and spending per month in [first cash-flow month, month]. */
    cashFlow: { from: `${addMonths(month, -cashFlowMonths + 1)}-01`, before: monthAfter(month) },
    /** Spending per category in the month. */
    categories: { from: `${month}-01`, before: monthAfter(month) },
    /** Spending per day over last month and this one. */
    comparison: { from: `${addMonths(today.slice(0, 7), -1)}-01`, before: monthAfter(today.slice(0, 7)) },
    /** Spending per merchant over [from, today]. */
    merchants: { from, to: today },
  };
}

export interface OverviewTotals {
  booked: readonly { accountId: string; day: string; net: number }[];
  cashFlow: { month: string; income: number; spending: number }[];
  /** In the order of each category's first day (the first label seen names a category, as with rows). */
  categories: { categoryMain: string | null; categoryMainLabel: string | null; categorySub: string | null; categorySubLabel: string | null; total: number; count: number }[];
  daySpending: { day: string; total: number }[];
  merchants: { merchant: string; total: number; count: number }[];
}

export interface SeriesFromTotalsInput {
  totals: OverviewTotals;
  accounts: readonly InsightAccount[];
  snapshots: readonly InsightSnapshot[];
  today: string;
  month: string;
  from: string;
  to: string;
  cashFlowMonths?: number;
  topMerchantsLimit?: number;
  balance?: BalanceOptions;
}

/** The same series as computeDashboardSeries, from per-day totals read for `overviewTotalsRanges`. */
export function seriesFromTotals(input: SeriesFromTotalsInput): DashboardSeries {
  const { totals, today, month, from, to } = input;
  assertMonth(month);
  assertDay(today);
  const cashFlowMonths = Math.max(0, Math.floor(input.cashFlowMonths ?? 12));

  const balance = new BalanceReplay(from, to, input.accounts, input.snapshots, input.balance);
  for (const { accountId, day, net } of totals.booked) {
    if (day > from && day <= to) balance.addBooked(accountId, dayNumber(day), net);
  }

  const income = new Float64Array(cashFlowMonths);
  const spending = new Float64Array(cashFlowMonths);
  const firstCashFlowMonth = monthIndex(month) - cashFlowMonths + 1;
  for (const flow of totals.cashFlow) {
    const slot = monthIndex(flow.month) - firstCashFlowMonth;
    if (slot < 0 || slot >= cashFlowMonths) continue;
    income[slot]! += flow.income;
    spending[slot]! += flow.spending;
  }

  const categories = new CategoryTotals();
  for (const category of totals.categories) if (category.count > 0) categories.addTotal(category, category.total, category.count);

  const merchants = new MerchantTotals();
  for (const merchant of totals.merchants) if (merchant.count > 0) merchants.addTotal(merchant.merchant, merchant.total, merchant.count);

  const window = comparisonWindow(today);
  let thisMonth = 0;
  let lastMonthToSameDay = 0;
  let lastMonthTotal = 0;
  for (const { day, total } of totals.daySpending) {
    const dayMonth = monthIndex(day);
    const dayOf = dayOfMonth(day);
    if (dayMonth === window.thisMonth) {
      if (dayOf <= window.today) thisMonth += total;
    } else if (dayMonth === window.lastMonth) {
      lastMonthTotal += total;
      if (dayOf <= window.lastMonthDay) lastMonthToSameDay += total;
    }
  }

  return {
    spendingByCategory: categories.finish(),
    cashFlow: buildCashFlow(month, income, spending),
    balance: balance.finish(),
    topMerchants: merchants.finish(input.topMerchantsLimit ?? 10),
    monthComparison: monthComparison(thisMonth, lastMonthToSameDay, lastMonthTotal),
  };
}
