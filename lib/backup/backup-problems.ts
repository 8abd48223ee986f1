import { splitProblem } from "../corrections/splits";
import { ruleActionsSchema, ruleConditionsSchema } from "../rules/rule-schema";
import type { Backup } from "./backup-schema";

/** The index of the first item whose key an earlier item has, or -1. */
function firstRepeat<T>(items: readonly T[], keyOf: (item: T) => string): number {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    const key = keyOf(item);
    if (seen.has(key)) return index;
    seen.add(key);
  }
  return -1;
}

/**
 * The first reason a (schema-valid) backup cannot be restored as a whole, or null. Besides links to
 * unknown entries, it names what the store's unique rules would refuse, so a restore never fails
 * half-way on the database's own error.
 */
export function backupProblem(backup: Backup): string | null {
  const accounts = new Set(backup.accounts.map((account) => account.id));
  if (accounts.size !== backup.accounts.length) return "accounts: an account id appears twice";
  const sameNumber = firstRepeat(backup.accounts, (account) => account.accountNumber);
  if (sameNumber >= 0) return `accounts.${sameNumber}: the account number ${backup.accounts[sameNumber]!.accountNumber} appears twice`;
  const amounts = new Map<string, number>();
  for (const [index, row] of backup.transactions.entries()) {
    if (!accounts.has(row.accountId)) return `transactions.${index}: unknown account ${row.accountId}`;
    if (amounts.has(row.id)) return `transactions.${index}: the id ${row.id} appears twice`;
    amounts.set(row.id, row.amount);
  }
  for (const [index, snapshot] of backup.snapshots.entries()) {
    if (!accounts.has(snapshot.accountId)) return `snapshots.${index}: unknown account ${snapshot.accountId}`;
  }
  const sameDay = firstRepeat(backup.snapshots, (snapshot) => `${snapshot.accountId}|${snapshot.date}`);
  if (sameDay >= 0) return `snapshots.${sameDay}: a second snapshot of ${backup.snapshots[sameDay]!.accountId} on ${backup.snapshots[sameDay]!.date}`;
  const corrected = new Set<string>();
  for (const [index, correction] of backup.corrections.entries()) {
    if (!amounts.has(correction.transactionId)) return `corrections.${index}: unknown transaction ${correction.transactionId}`;
    if (corrected.has(correction.transactionId)) return `corrections.${index}: a second correction of ${correction.transactionId}`;
    corrected.add(correction.transactionId);
  }
  const parts = new Map<string, { amount: number; category: null }[]>();
  for (const [index, split] of backup.splits.entries()) {
    if (!amounts.has(split.transactionId)) return `splits.${index}: unknown transaction ${split.transactionId}`;
    parts.set(split.transactionId, [...(parts.get(split.transactionId) ?? []), { amount: split.amount, category: null }]);
  }
  for (const [transactionId, list] of parts) {
    const problem = splitProblem(amounts.get(transactionId)!, list);
    if (problem) return `splits of ${transactionId}: ${problem}`;
  }
  for (const [index, rule] of backup.rules.entries()) {
    if (!ruleConditionsSchema.safeParse(rule.conditions).success) return `rules.${index}: the conditions are not valid`;
    if (!ruleActionsSchema.safeParse(rule.actions).success) return `rules.${index}: the actions are not valid`;
  }
  const sameBudget = firstRepeat(backup.budgets, (budget) => JSON.stringify([budget.category, budget.subCategory]));
  if (sameBudget >= 0) {
    const { category, subCategory } = backup.budgets[sameBudget]!;
    return `budgets.${sameBudget}: a second budget for ${subCategory ? `${category} / ${subCategory}` : category}`;
  }
  const sameSeries = firstRepeat(backup.seriesChoices, (choice) => choice.seriesKey);
  if (sameSeries >= 0) return `seriesChoices.${sameSeries}: a second choice for the series ${backup.seriesChoices[sameSeries]!.seriesKey}`;
  return null;
}
