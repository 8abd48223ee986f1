import "server-only";
import { readBudgetLines } from "../budgets/read-budget-month";
import { osloToday } from "../dates/oslo-date";
import { accountsForUser } from "../db/dashboard-reads";
import { logEvent } from "../http/log";
import { accountSparklines } from "./account-sparklines";
import { currentOverviewSeries } from "./current-overview-series";
import { loadRecurring } from "./load-recurring";

/**
 * Once a sync has written, computes what the overview keeps per data version, as the overview asks
 * for it: this month's chart series, the account cards' lines, the series and the forecast, and the
 * budget card's totals. The overview that follows then reads them as a repeat view does, instead of
 * computing them while the owner waits. Never fails the sync: a figure that cannot be computed now
 * is computed by the view that needs it, as before.
 */
export async function warmOverviewFigures(userId: string): Promise<void> {
  try {
    const today = osloToday();
    const month = today.slice(0, 7);
    const accounts = await accountsForUser(userId);
    if (accounts.length === 0) return;
    await Promise.all([
      currentOverviewSeries(userId, today, month, false),
      accountSparklines(userId, accounts),
      loadRecurring(userId, today),
      readBudgetLines(userId, month, today),
    ]);
  } catch (error) {
    logEvent("overview.warm_failed", { code: (error as { code?: string } | null)?.code ?? "internal" });
  }
}
