import "server-only";
import { budgetPlans } from "../db/budget-store";
import { monthlySpendingRows } from "../db/overview-totals";
import { addMonths } from "../insights/calendar";
import { budgetMonth, ROLLOVER_MONTHS } from "./budget-month";
import type { BudgetMonth } from "./budget-types";
import { suggestBudgets, type BudgetSuggestion } from "./suggest-budgets";

/**
 * A month's budgets, spending and suggestions, from the store (never the bank): the per-month
 * category totals (O(months × categories), whatever the history's size) of as far back as a
 * rollover can look, read beside the plans rather than after them.
 */
export async function readBudgetMonth(userId: string, month: string, today: string): Promise<BudgetMonth & { suggestions: BudgetSuggestion[] }> {
  const [plans, rows] = await Promise.all([budgetPlans(userId), monthlySpendingRows(userId, addMonths(month, -ROLLOVER_MONTHS))]);
  return { ...budgetMonth(plans, rows, month, today), suggestions: suggestBudgets(rows, month) };
}
