import "server-only";
import { budgetPlans } from "../db/budget-store";
import { monthlySpendingRows } from "../db/overview-totals";
import { syncedDataVersion } from "../db/sync-runs";
import { addMonths } from "../insights/calendar";
import { budgetMonth, ROLLOVER_MONTHS, rowsFromMonth } from "./budget-month";
import { cachedSpendingRows } from "./cached-spending-rows";
import type { BudgetLine, BudgetMonth } from "./budget-types";
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

/**
 * A month's budget lines, for the overview's card, which every view of it shows: without a budget
 * nothing is read past the plans, and the totals are kept per data version (read after the plans, in
 * the batch of the overview's other reads that wait for the version).
 */
export async function readBudgetLines(userId: string, month: string, today: string): Promise<BudgetLine[]> {
  const [plans, dataVersion] = await Promise.all([budgetPlans(userId), syncedDataVersion(userId)]);
  if (plans.length === 0) return [];
  const fromMonth = rowsFromMonth(plans, month);
  // Before the first sync (or after the data is deleted) there is no version to key the totals by.
  const rows = dataVersion === null ? await monthlySpendingRows(userId, fromMonth) : await cachedSpendingRows(userId, dataVersion, fromMonth);
  return budgetMonth(plans, rows, month, today).lines;
}
