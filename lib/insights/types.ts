/** One stored bank transaction, reduced to what the dashboard charts need. */
export interface InsightRow {
  id: string;
  accountId: string;
  /** Europe/Oslo calendar day "yyyy-MM-dd". */
  bookingDate: string;
  /** Integer øre, negative = money out. */
  amount: number;
  status: "PENDING" | "BOOKED";
  categoryMain: string | null;
  categoryMainLabel: string | null;
  categorySub: string | null;
  categorySubLabel: string | null;
  merchantName: string | null;
  description: string;
  /** Money moving between the owner's own accounts. */
  isOwnTransfer: boolean;
  /** The owner left it out of the charts (it still moves the balance). */
  excluded?: boolean;
}

/** Current balance in øre. */
export interface InsightAccount {
  id: string;
  balance: number;
  currencyCode: string;
}

/** Balance in øre at the end of an Oslo day; when a day has several, the last one given wins. */
export interface InsightSnapshot {
  accountId: string;
  date: string;
  balance: number;
}

export interface SeriesOptions {
  /** Default false: own transfers are neither spending nor income. */
  includeTransfers?: boolean;
}

export interface SubcategorySpending {
  sub: string;
  label: string;
  total: number;
  count: number;
}

export interface CategorySpending {
  main: string;
  label: string;
  total: number;
  count: number;
  /** 0..1 of the month's total. */
  share: number;
  subs: SubcategorySpending[];
}

export interface SpendingByCategory {
  total: number;
  categories: CategorySpending[];
}

export interface CashFlowMonth {
  month: string;
  income: number;
  spending: number;
  net: number;
}

export interface BalancePoint {
  date: string;
  balance: number;
}

export interface BalanceOptions {
  /** Default: every account in `currency`. */
  accountIds?: string[];
  /** ISO code; balances of different currencies never add up. */
  currency?: string;
}

export interface MerchantSpending {
  name: string;
  total: number;
  count: number;
}

export interface MonthComparison {
  thisMonth: number;
  lastMonthToSameDay: number;
  lastMonthTotal: number;
  /** (thisMonth − lastMonthToSameDay) / lastMonthToSameDay; null when last month had nothing yet. */
  change: number | null;
}
