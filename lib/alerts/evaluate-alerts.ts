import type { AlertSettings } from "./alert-settings";
import { lowBalanceFloor } from "./low-balance-floor";

export type AlertKind =
  | "low_balance"
  | "large_transaction"
  | "budget_80"
  | "budget_100"
  | "unusual_spending"
  | "new_subscription"
  | "price_rise"
  | "recurring_missed"
  | "login_expiring"
  | "sync_failing";

/** What happened, with a key that names the event itself: the same event never alerts twice. */
export interface AlertCandidate {
  kind: AlertKind;
  key: string;
  params: Record<string, string | number>;
  link: string;
}

export interface AlertInputs {
  settings: AlertSettings;
  today: string;
  now: Date;
  /**
   * Per account: today's balance and the days (oldest first) of its daily balances, for the low
   * streak, and the day the newest low-balance alert of the account named (its stretch's first day).
   */
  accounts: {
    id: string;
    name: string;
    currencyCode: string;
    balance: number;
    creditLimit: number | null;
    days: { date: string; balance: number }[];
    lowSince?: string | null;
    /**
     * When `lowSince` is older than `days`: the first balance after the last one at or above the
     * limit between the two, the start of a newer stretch; null or absent when there is none.
     */
    lowRestartedOn?: string | null;
  }[];
  /** Rows of the last days (newer rows only, so turning the alert on does not flood the inbox). */
  recentRows: { id: string; bookingDate: string; amount: number; description: string; accountName: string; isOwnTransfer: boolean }[];
  budgets: { category: string; sub: string | null; label: string; budget: number; spent: number; month: string }[];
  /** This month's spending per category with the median of its previous six months. */
  categorySpending: { category: string; label: string; spent: number; usual: number; month: string }[];
  series: { key: string; name: string; flags: { new?: boolean; priceRise?: { from: number; to: number; since: string }; missed?: { expected: string } } }[];
  login: { expiresAt: Date | null; daysLeft: number | null };
  sync: { lastSuccessAt: Date | null; lastRunFailed: boolean };
}

// The login warning fires once for each of these thresholds.
const LOGIN_WARNING_DAYS = [14, 7, 1];
// Unusual spending needs a real baseline and a noticeable amount (500 kr) before it speaks.
const UNUSUAL_MIN = 50_000;

/** Every alert the store's current state calls for; the caller keeps only keys it has not seen. */
export function evaluateAlerts(input: AlertInputs): AlertCandidate[] {
  const { settings } = input;
  const alerts: AlertCandidate[] = [];
  if (settings.lowBalance.enabled) {
    for (const account of input.accounts) {
      const floor = lowBalanceFloor(settings.lowBalance, account);
      if (floor === null) continue;
      const available = account.balance + Math.max(0, account.creditLimit ?? 0);
      if (account.creditLimit === null && account.balance >= floor) continue;
      if (account.creditLimit !== null && available >= floor) continue;
      // One alert per stretch below the threshold: the key is the day the stretch began. A stretch
      // older than the days read goes on from the one the last alert named, or the key would move
      // with the window and alert again every day, unless the balances before the days read show
      // the account above the limit since then (a new stretch while the alert was off).
      let index = account.days.length - 1;
      while (index >= 0 && account.days[index]!.balance + Math.max(0, account.creditLimit ?? 0) < floor) index--;
      let since = account.days[index + 1]?.date ?? input.today;
      if (index < 0 && account.lowSince && account.lowSince <= since) since = account.lowRestartedOn ?? account.lowSince;
      alerts.push({ kind: "low_balance", key: `low_balance:${account.id}:${since}`, params: { account: account.name, balance: account.balance, threshold: floor, currency: account.currencyCode }, link: `/accounts/${account.id}` });
    }
  }
  if (settings.largeTransaction.enabled) {
    for (const row of input.recentRows) {
      if (row.isOwnTransfer || -row.amount < settings.largeTransaction.threshold) continue;
      alerts.push({ kind: "large_transaction", key: `large_transaction:${row.id}`, params: { description: row.description, amount: row.amount, account: row.accountName, date: row.bookingDate }, link: `/transactions?from=${row.bookingDate}&to=${row.bookingDate}` });
    }
  }
  if (settings.budget.enabled) {
    for (const line of input.budgets) {
      if (line.budget <= 0) continue;
      const id = `${line.category}${line.sub ? `/${line.sub}` : ""}:${line.month}`;
      const params = { category: line.label, spent: line.spent, budget: line.budget };
      if (line.spent >= line.budget) alerts.push({ kind: "budget_100", key: `budget_100:${id}`, params, link: `/budgets?month=${line.month}` });
      else if (line.spent >= line.budget * 0.8) alerts.push({ kind: "budget_80", key: `budget_80:${id}`, params, link: `/budgets?month=${line.month}` });
    }
  }
  if (settings.unusualSpending.enabled) {
    for (const category of input.categorySpending) {
      if (category.usual <= 0 || category.spent < UNUSUAL_MIN || category.spent < category.usual * settings.unusualSpending.factor) continue;
      alerts.push({ kind: "unusual_spending", key: `unusual_spending:${category.category}:${category.month}`, params: { category: category.label, spent: category.spent, usual: category.usual }, link: `/?month=${category.month}` });
    }
  }
  for (const series of input.series) {
    if (settings.newSubscription.enabled && series.flags.new) {
      alerts.push({ kind: "new_subscription", key: `new_subscription:${series.key}`, params: { name: series.name }, link: "/subscriptions" });
    }
    if (settings.priceRise.enabled && series.flags.priceRise) {
      const rise = series.flags.priceRise;
      alerts.push({ kind: "price_rise", key: `price_rise:${series.key}:${rise.since}`, params: { name: series.name, from: rise.from, to: rise.to }, link: "/subscriptions" });
    }
    if (settings.recurringMissed.enabled && series.flags.missed) {
      alerts.push({ kind: "recurring_missed", key: `recurring_missed:${series.key}:${series.flags.missed.expected}`, params: { name: series.name, expected: series.flags.missed.expected }, link: "/subscriptions" });
    }
  }
  if (settings.loginExpiring.enabled && input.login.expiresAt && input.login.daysLeft !== null) {
    const threshold = [...LOGIN_WARNING_DAYS].reverse().find((days) => input.login.daysLeft! <= days);
    if (threshold !== undefined) {
      alerts.push({ kind: "login_expiring", key: `login_expiring:${input.login.expiresAt.toISOString().slice(0, 10)}:${threshold}`, params: { days: input.login.daysLeft }, link: "/settings" });
    }
  }
  if (settings.syncFailing.enabled && input.sync.lastRunFailed) {
    const since = input.sync.lastSuccessAt;
    const hours = since ? (input.now.getTime() - since.getTime()) / 3_600_000 : Number.POSITIVE_INFINITY;
    if (since && hours > settings.syncFailing.hours) {
      alerts.push({ kind: "sync_failing", key: `sync_failing:${since.toISOString()}`, params: { hours: Math.floor(hours) }, link: "/settings" });
    }
  }
  return alerts;
}
