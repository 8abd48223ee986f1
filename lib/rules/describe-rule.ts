import { formatMoney } from "../format/money";
import type { Rule } from "./rule-schema";

export interface RuleLabels {
  descriptionContains: string;
  descriptionMatches: string;
  merchantContains: string;
  merchantMatches: string;
  minAmount: string;
  maxAmount: string;
  account: string;
  direction: string;
  moneyIn: string;
  moneyOut: string;
  bankCategory: string;
  remoteAccount: string;
  setCategory: string;
  renameMerchant: string;
  markTransfer: string;
  exclude: string;
  addTag: string;
  yes: string;
  no: string;
}

export interface RuleClause {
  label: string;
  value: string;
}

export interface RuleDescription {
  when: RuleClause[];
  then: RuleClause[];
}

/**
 * A rule in the owner's words: each condition and action with the label the editor uses, amounts
 * in kroner, accounts and categories by name. An account that is gone keeps its id, so the rule
 * still says what it matches.
 */
export function describeRule(
  rule: Pick<Rule, "conditions" | "actions">,
  labels: RuleLabels,
  names: { accounts: ReadonlyMap<string, string>; categories: ReadonlyMap<string, string> },
  locale: string,
): RuleDescription {
  const c = rule.conditions;
  const a = rule.actions;
  const quoted = (value: string) => `“${value}”`;
  const kroner = (ore: number) => formatMoney(ore, "NOK", locale);
  const when: (RuleClause | null)[] = [
    c.descriptionContains === undefined ? null : { label: labels.descriptionContains, value: quoted(c.descriptionContains) },
    c.descriptionMatches === undefined ? null : { label: labels.descriptionMatches, value: quoted(c.descriptionMatches) },
    c.merchantContains === undefined ? null : { label: labels.merchantContains, value: quoted(c.merchantContains) },
    c.merchantMatches === undefined ? null : { label: labels.merchantMatches, value: quoted(c.merchantMatches) },
    c.minAmount === undefined ? null : { label: labels.minAmount, value: kroner(c.minAmount) },
    c.maxAmount === undefined ? null : { label: labels.maxAmount, value: kroner(c.maxAmount) },
    c.accountId === undefined ? null : { label: labels.account, value: names.accounts.get(c.accountId) ?? c.accountId },
    c.direction === undefined ? null : { label: labels.direction, value: c.direction === "in" ? labels.moneyIn : labels.moneyOut },
    c.bankCategory === undefined ? null : { label: labels.bankCategory, value: names.categories.get(c.bankCategory) ?? c.bankCategory },
    c.remoteAccount === undefined ? null : { label: labels.remoteAccount, value: c.remoteAccount },
  ];
  const then: (RuleClause | null)[] = [
    a.setCategory === undefined ? null : { label: labels.setCategory, value: [a.setCategory.mainLabel, a.setCategory.subLabel].filter(Boolean).join(" › ") },
    a.renameMerchant === undefined ? null : { label: labels.renameMerchant, value: quoted(a.renameMerchant) },
    a.markTransfer === undefined ? null : { label: labels.markTransfer, value: a.markTransfer ? labels.yes : labels.no },
    a.exclude === undefined ? null : { label: labels.exclude, value: a.exclude ? labels.yes : labels.no },
    a.addTag === undefined ? null : { label: labels.addTag, value: a.addTag },
  ];
  const present = (clause: RuleClause | null): clause is RuleClause => clause !== null;
  return { when: when.filter(present), then: then.filter(present) };
}
