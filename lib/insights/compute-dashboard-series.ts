import { BalanceReplay } from "./balance-replay";
import { assertDay, assertMonth, dayNumberOf, monthIndex } from "./calendar";
import { buildCashFlow } from "./cash-flow-by-month";
import { CategoryTotals } from "./category-totals";
import { MerchantTotals } from "./merchant-totals";
import { comparisonWindow, monthComparison } from "./spent-this-month-vs-last";
import type {
  BalanceOptions,
  BalancePoint,
  CashFlowMonth,
  InsightAccount,
  InsightRow,
  InsightSnapshot,
  MerchantSpending,
  MonthComparison,
  SeriesOptions,
  SpendingByCategory,
} from "./types";

export interface DashboardSeriesInput {
  rows: readonly InsightRow[];
  accounts: readonly InsightAccount[];
  snapshots: readonly InsightSnapshot[];
  /** "yyyy-MM-dd": the month comparison runs up to this day. */
  today: string;
  /** "yyyy-MM": spending by category, and the last month of the cash flow. */
  month: string;
  /** "yyyy-MM-dd" range of the balance chart and the top merchants; `to` is today for the balance. */
  from: string;
  to: string;
  options?: SeriesOptions;
  cashFlowMonths?: number;
  topMerchantsLimit?: number;
  balance?: BalanceOptions;
}

export interface DashboardSeries {
  spendingByCategory: SpendingByCategory;
  cashFlow: CashFlowMonth[];
  balance: BalancePoint[];
  topMerchants: MerchantSpending[];
  monthComparison: MonthComparison;
}

const ZERO = 48;

/**
 * Everything the dashboard charts need in one pass over the rows; equal to calling
 * spendingByCategory, cashFlowByMonth, balanceOverTime, topMerchants and spentThisMonthVsLast.
 */
export function computeDashboardSeries(input: DashboardSeriesInput): DashboardSeries {
  const { rows, today, month, from, to } = input;
  assertMonth(month);
  assertDay(today);
  const includeTransfers = input.options?.includeTransfers === true;

  const categories = new CategoryTotals();
  const categoryMonth = monthIndex(month);

  const cashFlowMonths = Math.max(0, Math.floor(input.cashFlowMonths ?? 12));
  const firstCashFlowMonth = categoryMonth - cashFlowMonths + 1;
  const income = new Float64Array(cashFlowMonths);
  const spending = new Float64Array(cashFlowMonths);

  const merchants = new MerchantTotals();
  const balance = new BalanceReplay(from, to, input.accounts, input.snapshots, input.balance);
  const rangeDays = balance.days;

  const window = comparisonWindow(today);
  let thisMonth = 0;
  let lastMonthToSameDay = 0;
  let lastMonthTotal = 0;

  // Rows outside every window are dropped on their month alone; for the rest, a per-month table
  // turns (month, day) into an offset from `from` without any date parsing.
  let firstMonth = Math.min(categoryMonth, window.lastMonth);
  let lastMonth = Math.max(categoryMonth, window.thisMonth);
  if (rangeDays > 0) {
    firstMonth = Math.min(firstMonth, monthIndex(from));
    lastMonth = Math.max(lastMonth, monthIndex(to));
  }
  if (cashFlowMonths > 0) firstMonth = Math.min(firstMonth, firstCashFlowMonth);
  const monthOffsets = new Float64Array(lastMonth - firstMonth + 1);
  for (let m = firstMonth; m <= lastMonth; m++) monthOffsets[m - firstMonth] = dayNumberOf(m, 1) - balance.firstDay - 1;

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const date = row.bookingDate;
    // Inlined monthIndex/dayOfMonth: slicing or Date-parsing every row would dominate the pass.
    const rowMonth =
      ((date.charCodeAt(0) - ZERO) * 1000 +
        (date.charCodeAt(1) - ZERO) * 100 +
        (date.charCodeAt(2) - ZERO) * 10 +
        (date.charCodeAt(3) - ZERO)) *
        12 +
      (date.charCodeAt(5) - ZERO) * 10 +
      (date.charCodeAt(6) - ZERO) -
      1;
    if (rowMonth < firstMonth || rowMonth > lastMonth) continue;
    const rowDay = (date.charCodeAt(8) - ZERO) * 10 + (date.charCodeAt(9) - ZERO);
    const offset = monthOffsets[rowMonth - firstMonth]! + rowDay;
    const inRange = offset >= 0 && offset < rangeDays;
    const amount = row.amount;

    if (inRange && offset >= 1 && row.status === "BOOKED") balance.addBooked(row.accountId, offset + balance.firstDay, amount);

    if (row.excluded === true || (!includeTransfers && row.isOwnTransfer)) continue;

    const slot = rowMonth - firstCashFlowMonth;
    if (slot >= 0 && slot < cashFlowMonths) {
      if (amount > 0) income[slot]! += amount;
      else spending[slot]! -= amount;
    }
    if (amount >= 0) continue;

    if (rowMonth === categoryMonth) categories.add(row);
    if (inRange) merchants.add(row.merchantName ?? row.description, amount);
    if (rowMonth === window.thisMonth) {
      if (rowDay <= window.today) thisMonth -= amount;
    } else if (rowMonth === window.lastMonth) {
      lastMonthTotal -= amount;
      if (rowDay <= window.lastMonthDay) lastMonthToSameDay -= amount;
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
