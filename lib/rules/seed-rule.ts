import type { ManualCorrection } from "../corrections/effective-values";
import type { RuleActions, RuleConditions } from "./rule-schema";

export interface RuleSeed {
  name: string;
  conditions: RuleConditions;
  actions: RuleActions;
}

/**
 * "Create rule from this": a rule matching rows like this one (the bank's merchant when it names
 * one, else the bank's text, and the same direction) doing what the owner corrected by hand.
 */
export function seedRule(row: { description: string; merchantName: string | null; amount: number }, correction: ManualCorrection | null): RuleSeed {
  const conditions: RuleConditions = row.merchantName
    ? { merchantContains: row.merchantName.slice(0, 100) }
    : { descriptionContains: row.description.trim().slice(0, 100) || row.description.slice(0, 100) };
  conditions.direction = row.amount < 0 ? "out" : "in";
  const actions: RuleActions = {};
  if (correction?.category) actions.setCategory = correction.category;
  if (correction?.merchantName) actions.renameMerchant = correction.merchantName;
  if (correction?.isTransfer != null) actions.markTransfer = correction.isTransfer;
  if (correction?.excluded != null) actions.exclude = correction.excluded;
  if (correction?.tags[0]) actions.addTag = correction.tags[0];
  return { name: (row.merchantName ?? row.description).slice(0, 80), conditions, actions };
}
