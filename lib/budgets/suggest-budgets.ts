import { addMonths } from "../insights/calendar";
import { UNCATEGORISED } from "../insights/category-totals";
import { median } from "../insights/median";
import type { InsightRow, SeriesOptions } from "../insights/types";
import { monthlySpending } from "./monthly-spending";

const ROUND_TO = 100_00;
export const SUGGESTION_MONTHS = 6;

export interface BudgetSuggestion {
  category: string;
  label: string;
  /** The median of the last six complete months, rounded up to whole hundreds of kroner. */
  amount: number;
  months: number[];
}

/**
 * A suggested monthly budget per category that had spending in the six complete months before
 * `month`. Uncategorised spending gets none: a budget needs a category to count against.
 */
export function suggestBudgets(rows: readonly InsightRow[], month: string, options?: SeriesOptions): BudgetSuggestion[] {
  const months = Array.from({ length: SUGGESTION_MONTHS }, (_, index) => monthlySpending(rows, addMonths(month, index - SUGGESTION_MONTHS), options));
  const labels = new Map<string, string>();
  for (const spending of months) for (const [category, spent] of spending) labels.set(category, spent.label);
  return [...labels.entries()]
    .map(([category, label]) => {
      const totals = months.map((spending) => spending.get(category)?.total ?? 0);
      return { category, label, amount: Math.ceil(median(totals) / ROUND_TO) * ROUND_TO, months: totals };
    })
    .filter((suggestion) => suggestion.amount > 0 && suggestion.category !== UNCATEGORISED)
    .sort((a, b) => b.amount - a.amount);
}
