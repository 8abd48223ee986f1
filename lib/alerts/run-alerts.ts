import "server-only";
import { budgetMonth, ROLLOVER_MONTHS } from "../budgets/budget-month";
import { monthlySpending } from "../budgets/monthly-spending";
import { SUGGESTION_MONTHS } from "../budgets/suggest-budgets";
import { addDays, osloDate } from "../dates/oslo-date";
import { alertPreferences, lowBalanceStretches, lowStretchRestart, pushSubscriptions, recordAlerts, removePushSubscriptionById } from "../db/alert-store";
import { budgetPlans } from "../db/budget-store";
import { accountsForUser, connectionSummary } from "../db/dashboard-reads";
import { insightRows, insightSnapshots } from "../db/insight-reads";
import { monthlySpendingRows } from "../db/overview-totals";
import { recurringRows } from "../db/recurring-reads";
import { seriesChoices } from "../db/series-choices";
import { applyChoices } from "../recurring/apply-choices";
import { detectSeries } from "../recurring/detect-series";
import { reservedChargesOf, settleReservedCharges } from "../recurring/pending-claims";
import { PENDING_LOOKBACK_DAYS } from "../sync/pending-lookback";
import { latestSyncRuns, readSyncState } from "../db/sync-runs";
import { addMonths } from "../insights/calendar";
import { median } from "../insights/median";
import { readAlertSettings } from "./alert-settings";
import { deliverDueAlerts } from "./deliver-alerts";
import { evaluateAlerts, type AlertInputs } from "./evaluate-alerts";
import { lowBalanceFloor } from "./low-balance-floor";
import { madeWithReplacedKeys } from "./subscription-server-key";
import { vapidKeys } from "./vapid-keys";

const DAY_MS = 86_400_000;
const LOW_BALANCE_DAYS = 60;
const RECENT_ROW_DAYS = 3;


/** Everything the alert rules look at, read from the store (never from the bank). */
async function alertInputs(userId: string, now: Date, settingsJson: string | null | undefined): Promise<AlertInputs> {
  const today = osloDate(now.getTime());
  const month = today.slice(0, 7);
  const recentFrom = addDays(today, -RECENT_ROW_DAYS);
  // Budgets and category spending from the per-month totals; only the last days' rows are read as rows.
  const [plans, monthRows, rows, accounts, snapshots, connection, state, runs, choices, stretches] = await Promise.all([
    budgetPlans(userId),
    monthlySpendingRows(userId, addMonths(month, -ROLLOVER_MONTHS)),
    insightRows(userId, recentFrom),
    accountsForUser(userId),
    insightSnapshots(userId, addDays(today, -LOW_BALANCE_DAYS)),
    connectionSummary(userId),
    readSyncState(userId),
    latestSyncRuns(userId, 1),
    seriesChoices(userId),
    lowBalanceStretches(userId),
  ]);
  const settings = readAlertSettings(settingsJson);
  const daysOf = new Map(accounts.map((account) => [account.id, snapshots.filter((snapshot) => snapshot.accountId === account.id)]));
  const daysFrom = addDays(today, -LOW_BALANCE_DAYS);
  // Only for an account under its limit on every day read, whose last alert dates before them: did
  // it get back above the limit in between?
  const restarts = new Map(
    await Promise.all(
      accounts.flatMap((account) => {
        const lowSince = stretches.get(account.id);
        const floor = lowBalanceFloor(settings.lowBalance, account);
        if (!settings.lowBalance.enabled || floor === null || !lowSince || lowSince >= daysFrom) return [];
        const minimum = floor - Math.max(0, account.creditLimit ?? 0);
        if (account.balance >= minimum || daysOf.get(account.id)!.some((snapshot) => snapshot.balance >= minimum)) return [];
        return [lowStretchRestart(account.id, lowSince, daysFrom, minimum).then((restart) => [account.id, restart] as const)];
      }),
    ),
  );
  const numbers = new Map(accounts.map((account) => [account.id, account.accountNumber]));
  const seriesRows = await recurringRows(userId, (accountId) => numbers.get(accountId) ?? accountId);
  // Series as the Subscriptions page shows them: the owner's dismissals and names laid over, and a
  // charge the bank has reserved under other text not taken for a new series.
  const detected = applyChoices(detectSeries(seriesRows, today, { accountKey: (accountId) => numbers.get(accountId) ?? accountId }), choices);
  const reserved = reservedChargesOf(
    detected.filter((candidate) => !candidate.dismissed),
    seriesRows,
    addDays(today, -PENDING_LOOKBACK_DAYS),
  );
  const series = settleReservedCharges(detected, reserved).filter((candidate) => !candidate.ownTransfer && !candidate.dismissed);
  const names = new Map(accounts.map((account) => [account.id, account.description ?? account.name]));
  const thisMonth = monthlySpending(monthRows, month);
  const earlier = Array.from({ length: SUGGESTION_MONTHS }, (_, index) => monthlySpending(monthRows, addMonths(month, index - SUGGESTION_MONTHS)));
  const expiries = [connection?.refreshIdleExpiresAt, connection?.refreshAbsExpiresAt].filter((date): date is Date => Boolean(date));
  const expiresAt = expiries.length ? new Date(Math.min(...expiries.map((date) => date.getTime()))) : null;
  return {
    settings,
    today,
    now,
    accounts: accounts.map((account) => ({
      id: account.id,
      name: account.description ?? account.name,
      currencyCode: account.currencyCode,
      balance: account.balance,
      creditLimit: account.creditLimit,
      days: daysOf.get(account.id)!.map((snapshot) => ({ date: snapshot.date, balance: snapshot.balance })),
      lowSince: stretches.get(account.id) ?? null,
      lowRestartedOn: restarts.get(account.id) ?? null,
    })),
    recentRows: rows
      .filter((row) => row.bookingDate >= recentFrom)
      .map((row) => ({ id: row.id, bookingDate: row.bookingDate, amount: row.amount, description: row.merchantName ?? row.description, accountName: names.get(row.accountId) ?? "", isOwnTransfer: row.isOwnTransfer })),
    budgets: budgetMonth(plans, monthRows, month, today).lines.map((line) => ({ category: line.category, sub: line.sub, label: line.label, budget: line.budget, spent: line.spent, month })),
    categorySpending: [...thisMonth.entries()].map(([category, spent]) => ({ category, label: spent.label, spent: spent.total, usual: median(earlier.map((spending) => spending.get(category)?.total ?? 0)), month })),
    series: series.map((candidate) => ({
      key: candidate.key,
      name: candidate.name,
      flags: {
        new: candidate.isNew && candidate.direction === "out",
        ...(candidate.priceRise ? { priceRise: { from: candidate.priceRise.oldAmount, to: candidate.priceRise.newAmount, since: candidate.priceRise.date } } : {}),
        ...(candidate.missed && !candidate.ended ? { missed: { expected: candidate.nextDate } } : {}),
      },
    })),
    login: { expiresAt, daysLeft: expiresAt ? Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / DAY_MS)) : null },
    sync: { lastSuccessAt: state?.lastSuccessAt ?? null, lastRunFailed: runs[0]?.status === "failed" },
  };
}

/**
 * After every sync (whatever started it, and whether it worked): evaluate the rules on the store,
 * record each new event once in the inbox with a delivery per channel, and send what is due. A push
 * subscription made with server keys since replaced gets no delivery: it is removed.
 */
export async function runAlerts(userId: string, now = new Date()): Promise<{ created: number; sent: number; failed: number }> {
  const preferences = await alertPreferences(userId);
  const inputs = await alertInputs(userId, now, preferences?.settings);
  const webhook = { urlEnc: preferences?.webhookUrlEnc ?? null, format: preferences?.webhookFormat ?? "json" };
  const subscriptions = await pushSubscriptions(userId);
  const publicKey = subscriptions.length > 0 ? (vapidKeys()?.publicKey ?? null) : null;
  const stale = subscriptions.filter((subscription) => madeWithReplacedKeys(subscription.serverKey, publicKey));
  await Promise.all(stale.map((subscription) => removePushSubscriptionById(subscription.id)));
  const channels = [
    ...(webhook.urlEnc ? [{ channel: "webhook", target: null }] : []),
    ...subscriptions.filter((subscription) => !stale.includes(subscription)).map((subscription) => ({ channel: "push", target: subscription.id })),
  ];
  const created = await recordAlerts(userId, evaluateAlerts(inputs), channels, now);
  const delivered = await deliverDueAlerts(userId, inputs.settings, webhook, now);
  return { created: created.length, ...delivered };
}
