import type { RecurringRow } from "../recurring/types";
import type { EffectiveValues } from "./effective-values";

export type RecurringEffect = Pick<EffectiveValues, "merchantName" | "categoryMain" | "isTransfer" | "excluded">;

/**
 * A stored row as series detection sees it: the owner's merchant, category and transfer mark (from
 * rules and corrections) over the bank's. A row the owner excluded is left out, so it neither forms
 * a series nor shows in a forecast. A split row stays whole: a payment recurs as one amount.
 */
export function effectiveRecurringRow(bank: RecurringRow, effect: RecurringEffect | null): RecurringRow | null {
  if (!effect) return bank;
  if (effect.excluded) return null;
  return { ...bank, merchantName: effect.merchantName, categoryMain: effect.categoryMain, isOwnTransfer: effect.isTransfer };
}
