import { splitProblem } from "../corrections/splits";
import { ruleActionsSchema, ruleConditionsSchema } from "../rules/rule-schema";
import type { Backup } from "./backup-schema";

/** The first reason a (schema-valid) backup cannot be restored as a whole, or null. */
export function backupProblem(backup: Backup): string | null {
  const accounts = new Set(backup.accounts.map((account) => account.id));
  if (accounts.size !== backup.accounts.length) return "accounts: an account id appears twice";
  const amounts = new Map<string, number>();
  for (const [index, row] of backup.transactions.entries()) {
    if (!accounts.has(row.accountId)) return `transactions.${index}: unknown account ${row.accountId}`;
    if (amounts.has(row.id)) return `transactions.${index}: the id ${row.id} appears twice`;
    amounts.set(row.id, row.amount);
  }
  for (const [index, snapshot] of backup.snapshots.entries()) {
    if (!accounts.has(snapshot.accountId)) return `snapshots.${index}: unknown account ${snapshot.accountId}`;
  }
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
  return null;
}
