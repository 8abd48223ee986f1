import "server-only";
import { matchesConditions } from "../rules/match-rule";
import type { RuleConditions, RuleInput } from "../rules/rule-schema";
import { SaldoError } from "../errors/saldo-error";
import { db } from "./client";
import { renewDataVersion } from "./data-version";
import { bankValueColumns, recomputeEffectsIn, toBankValues } from "./effect-store";

const WRITE = { timeout: 60_000, maxWait: 15_000 };

export interface RulePreview {
  count: number;
  sample: { id: string; bookingDate: string; amount: number; description: string; merchantName: string | null; currencyCode: string }[];
}

/** How many stored rows the conditions match (on the bank's values), newest first in the sample. */
export async function previewRule(userId: string, conditions: RuleConditions, sampleSize = 10): Promise<RulePreview> {
  const rows = await db().transaction.findMany({
    where: { userId },
    select: { ...bankValueColumns, bookingDate: true, currencyCode: true },
    orderBy: [{ bookingDate: "desc" }, { id: "desc" }],
  });
  const matched = rows.filter((row) => matchesConditions(conditions, toBankValues(row)));
  return {
    count: matched.length,
    sample: matched.slice(0, sampleSize).map((row) => ({
      id: row.id,
      bookingDate: row.bookingDate,
      amount: Number(row.amount),
      description: row.description,
      merchantName: row.merchantName,
      currencyCode: row.currencyCode,
    })),
  };
}

/** Adds a rule last in order and applies every rule to the whole history. */
export async function createRule(userId: string, input: RuleInput): Promise<string> {
  return db().$transaction(async (tx) => {
    const last = await tx.rule.aggregate({ where: { userId }, _max: { position: true } });
    const rule = await tx.rule.create({
      data: {
        userId,
        position: (last._max.position ?? -1) + 1,
        name: input.name,
        conditions: JSON.stringify(input.conditions),
        actions: JSON.stringify(input.actions),
      },
      select: { id: true },
    });
    await recomputeEffectsIn(tx, userId);
    await renewDataVersion(tx, userId);
    return rule.id;
  }, WRITE);
}

export async function updateRule(userId: string, id: string, input: RuleInput): Promise<void> {
  await db().$transaction(async (tx) => {
    const { count } = await tx.rule.updateMany({
      where: { id, userId },
      data: { name: input.name, conditions: JSON.stringify(input.conditions), actions: JSON.stringify(input.actions) },
    });
    if (count === 0) throw new SaldoError("not_found", "No such rule.");
    await recomputeEffectsIn(tx, userId);
    await renewDataVersion(tx, userId);
  }, WRITE);
}

/** Removing a rule brings back the bank's values (or the next rule's) on the rows it matched. */
export async function deleteRule(userId: string, id: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const { count } = await tx.rule.deleteMany({ where: { id, userId } });
    if (count === 0) throw new SaldoError("not_found", "No such rule.");
    await recomputeEffectsIn(tx, userId);
    await renewDataVersion(tx, userId);
  }, WRITE);
}

/** Moves a rule one step earlier or later (earlier rules win). */
export async function moveRule(userId: string, id: string, direction: "up" | "down"): Promise<void> {
  await db().$transaction(async (tx) => {
    const rules = await tx.rule.findMany({ where: { userId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true } });
    const index = rules.findIndex((rule) => rule.id === id);
    if (index < 0) throw new SaldoError("not_found", "No such rule.");
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= rules.length) return;
    const order = rules.map((rule) => rule.id);
    [order[index], order[target]] = [order[target]!, order[index]!];
    for (const [position, ruleId] of order.entries()) await tx.rule.update({ where: { id: ruleId }, data: { position } });
    await recomputeEffectsIn(tx, userId);
    await renewDataVersion(tx, userId);
  }, WRITE);
}
