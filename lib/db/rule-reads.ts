import "server-only";
import { ruleActionsSchema, ruleConditionsSchema, type Rule } from "../rules/rule-schema";
import { seedRule, type RuleSeed } from "../rules/seed-rule";
import { db } from "./client";
import { toManualCorrection } from "./effect-store";
import type { Prisma } from "./generated/client";

type Reader = Pick<Prisma.TransactionClient, "rule">;

/** The user's rules in order. A stored rule that no longer parses is skipped, never applied half. */
export async function rulesOf(userId: string, reader: Reader = db()): Promise<Rule[]> {
  const rows = await reader.rule.findMany({ where: { userId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
  const rules: Rule[] = [];
  for (const row of rows) {
    const conditions = ruleConditionsSchema.safeParse(JSON.parse(row.conditions));
    const actions = ruleActionsSchema.safeParse(JSON.parse(row.actions));
    if (conditions.success && actions.success) rules.push({ id: row.id, position: row.position, name: row.name, conditions: conditions.data, actions: actions.data });
  }
  return rules;
}

/** The row and its corrections a new rule starts from ("create rule from this"), or null. */
export async function ruleSeedOf(userId: string, transactionId: string): Promise<RuleSeed | null> {
  const row = await db().transaction.findFirst({
    where: { id: transactionId, userId },
    select: { description: true, merchantName: true, amount: true, correction: true },
  });
  if (!row) return null;
  return seedRule({ ...row, amount: Number(row.amount) }, row.correction ? toManualCorrection(row.correction) : null);
}
