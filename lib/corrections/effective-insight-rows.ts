import type { InsightRow } from "../insights/types";
import type { EffectiveValues } from "./effective-values";

/** A row's stored effective values, as the charts read them (tags are the list's and search's). */
export type StoredEffect = Omit<EffectiveValues, "tags">;

export interface StoredSplit {
  amount: number;
  categoryMain: string | null;
  categoryMainLabel: string | null;
  categorySub: string | null;
  categorySubLabel: string | null;
}

/**
 * A stored row as the charts see it: its effective values (rules and corrections) and, when split,
 * one row per part with the part's amount and category (the parts sum to the row's amount, so
 * balances are unchanged).
 */
export function effectiveInsightRows(bank: InsightRow, effect: StoredEffect | null, splits: readonly StoredSplit[]): InsightRow[] {
  const row: InsightRow = effect
    ? {
        ...bank,
        categoryMain: effect.categoryMain,
        categoryMainLabel: effect.categoryMainLabel,
        categorySub: effect.categorySub,
        categorySubLabel: effect.categorySubLabel,
        merchantName: effect.merchantName,
        isOwnTransfer: effect.isTransfer,
        excluded: effect.excluded,
      }
    : bank;
  if (splits.length === 0) return [row];
  return splits.map((part, index) => ({
    ...row,
    id: `${row.id}:${index}`,
    amount: part.amount,
    categoryMain: part.categoryMain,
    categoryMainLabel: part.categoryMainLabel,
    categorySub: part.categorySub,
    categorySubLabel: part.categorySubLabel,
  }));
}
