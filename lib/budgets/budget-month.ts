import { addMonths, assertMonth, isMonth, monthIndex } from "../insights/calendar";
import type { InsightRow, SeriesOptions } from "../insights/types";
import { projectedSpending } from "./budget-pace";
import type { BudgetLine, BudgetMonth, BudgetPlan } from "./budget-types";
import { monthlySpending, spentOn, type CategorySpent } from "./monthly-spending";

// Rollover looks back at most this far, so one old budget never makes a month read years of rows.
export const ROLLOVER_MONTHS = 24;

/** The first month the budgets page shows: every look-back from it (rollover, suggestions) stays a month. */
export const FIRST_BUDGET_MONTH = "1900-01";

/** The month a page's `month` parameter names, if the budgets page can show it; null otherwise. */
export function budgetMonthParam(value: string | undefined): string | null {
  return value !== undefined && isMonth(value) && value >= FIRST_BUDGET_MONTH ? value : null;
}

/**
 * A month's budgets against its spending. With rollover, each month's budget is its amount plus what
 * the month before left (or minus what it overspent), from the budget's first month on.
 * `rows` must reach back to the earliest month a rollover needs (see `rowsFromMonth`).
 */
export function budgetMonth(plans: readonly BudgetPlan[], rows: readonly InsightRow[], month: string, today: string, options?: SeriesOptions): BudgetMonth {
  assertMonth(month);
  const cache = new Map<string, Map<string, CategorySpent>>();
  const spendingOf = (of: string) => {
    let spending = cache.get(of);
    if (!spending) cache.set(of, (spending = monthlySpending(rows, of, options)));
    return spending;
  };
  const spending = spendingOf(month);
  const lines: BudgetLine[] = plans
    .filter((plan) => monthIndex(plan.since) <= monthIndex(month))
    .map((plan) => {
      let carried = 0;
      if (plan.rollover) {
        const first = Math.max(monthIndex(plan.since), monthIndex(month) - ROLLOVER_MONTHS);
        // Months after today's have spent nothing yet: they carry nothing over (a later month shown
        // today carries what has happened so far).
        const last = Math.min(monthIndex(month), monthIndex(today.slice(0, 7)) + 1);
        for (let index = first; index < last; index++) {
          const earlier = addMonths(month, index - monthIndex(month));
          carried += plan.amount - spentOn(spendingOf(earlier), plan.category, plan.sub);
        }
      }
      const budget = plan.amount + carried;
      const spent = spentOn(spending, plan.category, plan.sub);
      const main = spending.get(plan.category);
      const label = plan.sub === null ? (main?.label ?? plan.category) : `${main?.label ?? plan.category} › ${main?.subs.get(plan.sub)?.label ?? plan.sub}`;
      return {
        category: plan.category,
        sub: plan.sub,
        label,
        budget,
        base: plan.amount,
        carried,
        spent,
        left: budget - spent,
        progress: budget > 0 ? spent / budget : spent > 0 ? Number.POSITIVE_INFINITY : 0,
        projected: projectedSpending(spent, month, today),
        rollover: plan.rollover,
      };
    })
    .sort((a, b) => b.progress - a.progress || a.label.localeCompare(b.label, "nb"));
  const budgeted = new Set(plans.map((plan) => plan.category));
  const unbudgeted = [...spending.entries()]
    .filter(([category]) => !budgeted.has(category))
    .map(([category, spent]) => ({ category, label: spent.label, spent: spent.total }))
    .sort((a, b) => b.spent - a.spent);
  // A sub-category's budget is part of its category's where both are set: counted once, in the category's.
  const inTotals = lines.filter((line) => line.sub === null || !lines.some((other) => other.sub === null && other.category === line.category));
  const totals = inTotals.reduce(
    (sum, line) => ({ budget: sum.budget + line.budget, spent: sum.spent + line.spent, left: sum.left + line.left, projected: sum.projected + line.projected }),
    { budget: 0, spent: 0, left: 0, projected: 0 },
  );
  return { month, lines, unbudgeted, totals };
}

/** The first month whose rows `budgetMonth` (and the suggestions) need. */
export function rowsFromMonth(plans: readonly BudgetPlan[], month: string): string {
  const suggestionStart = addMonths(month, -6);
  const rolloverStarts = plans.filter((plan) => plan.rollover).map((plan) => (monthIndex(plan.since) > monthIndex(month) - ROLLOVER_MONTHS ? plan.since : addMonths(month, -ROLLOVER_MONTHS)));
  return [suggestionStart, ...rolloverStarts].sort()[0]!;
}
