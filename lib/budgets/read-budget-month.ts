import "server-only";
import { budgetPlans } from "../db/budget-store";
import { syncedDataVersion } from "../db/sync-runs";
import { budgetMonth, rowsFromMonth } from "./budget-month";
import { cachedSpendingRows } from "./cached-spending-rows";
import type { BudgetLine, BudgetMonth } from "./budget-types";
import { suggestBudgets, type BudgetSuggestion } from "./suggest-budgets";

/**
 * A month's budgets, spending and suggestions, from the store (never the bank): the plans, then the
 * per-month category totals (O(months × categories), whatever the history's size) from the first
 * month the plans and the suggestions look at, kept per data version.
 */
export async function readBudgetMonth(userId: string, month: string, today: string): Promise<BudgetMonth & { suggestions: BudgetSuggestion[] }> {
  const [plans, dataVersion] = await Promise.all([budgetPlans(userId), syncedDataVersion(userId)]);
  const rows = await cachedSpendingRows(userId, dataVersion ?? "never-synced", rowsFromMonth(plans, month));
  return { ...budgetMonth(plans, rows, month, today), suggestions: suggestBudgets(rows, month) };
}

/** A month's budget lines (the overview's card): without a budget, nothing is read past the plans. */
export async function readBudgetLines(userId: string, month: string, today: string): Promise<BudgetLine[]> {
  const [plans, dataVersion] = await Promise.all([budgetPlans(userId), syncedDataVersion(userId)]);
  if (plans.length === 0) return [];
  // The same first month as the budgets page's, so that both read one cached entry.
  const rows = await cachedSpendingRows(userId, dataVersion ?? "never-synced", rowsFromMonth(plans, month));
  return budgetMonth(plans, rows, month, today).lines;
}
