import type { CategoryChoice } from "./category-choice";
import { matchesConditions, type RuleSubject } from "../rules/match-rule";
import type { Rule } from "../rules/rule-schema";

/** The bank's values of a row as stored by the sync. */
export interface BankValues extends RuleSubject {
  categoryMainLabel: string | null;
  categorySub: string | null;
  categorySubLabel: string | null;
  isOwnTransfer: boolean;
}

/** What the owner set on one row by hand (null = keep). */
export interface ManualCorrection {
  category: CategoryChoice | null;
  merchantName: string | null;
  isTransfer: boolean | null;
  excluded: boolean | null;
  tags: readonly string[];
}

export interface EffectiveValues {
  categoryMain: string | null;
  categoryMainLabel: string | null;
  categorySub: string | null;
  categorySubLabel: string | null;
  merchantName: string | null;
  isTransfer: boolean;
  excluded: boolean;
  tags: string[];
}

export function bankEffective(bank: BankValues): EffectiveValues {
  return {
    categoryMain: bank.categoryMain,
    categoryMainLabel: bank.categoryMainLabel,
    categorySub: bank.categorySub,
    categorySubLabel: bank.categorySubLabel,
    merchantName: bank.merchantName,
    isTransfer: bank.isOwnTransfer,
    excluded: false,
    tags: [],
  };
}

function fromChoice(choice: CategoryChoice) {
  return {
    categoryMain: choice.main,
    categoryMainLabel: choice.mainLabel,
    categorySub: choice.sub ?? null,
    categorySubLabel: choice.subLabel ?? null,
  };
}

/**
 * A row's effective values: per field the owner's own correction wins, then the first rule (in
 * order) that matches and sets that field, then the bank. Tags gather from the correction and every
 * matching rule. Rules match the bank's values, so removing a rule brings the bank's values back.
 */
export function effectiveValues(bank: BankValues, rules: readonly Rule[], correction?: ManualCorrection): EffectiveValues {
  const out = bankEffective(bank);
  const set = { category: false, merchant: false, transfer: false, excluded: false };
  const tags = new Set<string>(correction?.tags ?? []);
  if (correction?.category) {
    Object.assign(out, fromChoice(correction.category));
    set.category = true;
  }
  if (correction?.merchantName != null) {
    out.merchantName = correction.merchantName;
    set.merchant = true;
  }
  if (correction?.isTransfer != null) {
    out.isTransfer = correction.isTransfer;
    set.transfer = true;
  }
  if (correction?.excluded != null) {
    out.excluded = correction.excluded;
    set.excluded = true;
  }
  for (const rule of rules) {
    if (!matchesConditions(rule.conditions, bank)) continue;
    const { actions } = rule;
    if (actions.setCategory && !set.category) {
      Object.assign(out, fromChoice(actions.setCategory));
      set.category = true;
    }
    if (actions.renameMerchant !== undefined && !set.merchant) {
      out.merchantName = actions.renameMerchant;
      set.merchant = true;
    }
    if (actions.markTransfer !== undefined && !set.transfer) {
      out.isTransfer = actions.markTransfer;
      set.transfer = true;
    }
    if (actions.exclude !== undefined && !set.excluded) {
      out.excluded = actions.exclude;
      set.excluded = true;
    }
    if (actions.addTag !== undefined) tags.add(actions.addTag);
  }
  out.tags = [...tags].sort((a, b) => a.localeCompare(b, "nb"));
  return out;
}

/** Whether the effective values differ from the bank's (only those rows need a stored effect). */
export function differsFromBank(effective: EffectiveValues, bank: BankValues): boolean {
  const plain = bankEffective(bank);
  return (
    effective.categoryMain !== plain.categoryMain ||
    effective.categoryMainLabel !== plain.categoryMainLabel ||
    effective.categorySub !== plain.categorySub ||
    effective.categorySubLabel !== plain.categorySubLabel ||
    effective.merchantName !== plain.merchantName ||
    effective.isTransfer !== plain.isTransfer ||
    effective.excluded ||
    effective.tags.length > 0
  );
}
