import "server-only";
import { budgetPlans } from "../db/budget-store";
import { insightRows } from "../db/insight-reads";
import { budgetMonth, rowsFromMonth } from "./budget-month";
import type { BudgetMonth } from "./budget-types";
import { suggestBudgets, type BudgetSuggestion } from "./suggest-budgets";

/** A month's budgets, spending and suggestions, from the store (never the bank). */
export async function readBudgetMonth(userId: string, month: string, today: string): Promise<BudgetMonth & { suggestions: BudgetSuggestion[] }> {
  const plans = await budgetPlans(userId);
  const rows = await insightRows(userId, `${rowsFromMonth(plans, month)}-01`);
  return { ...budgetMonth(plans, rows, month, today), suggestions: suggestBudgets(rows, month) };
}
