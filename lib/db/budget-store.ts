import "server-only";
import type { BudgetPlan } from "../budgets/budget-types";
import { batchedRead } from "./batched-read";
import { db } from "./client";

export async function budgetPlans(userId: string): Promise<BudgetPlan[]> {
  const [result] = await batchedRead([
    { sql: `SELECT "category", "subCategory", "amount", "rollover", "since" FROM "Budget" WHERE "userId" = ? ORDER BY "category" ASC, "subCategory" ASC`, args: [userId] },
  ]);
  return result!.rows.map((row) => ({
    category: String(row.category),
    sub: row.subCategory === "" ? null : String(row.subCategory),
    amount: Number(row.amount),
    rollover: Boolean(Number(row.rollover)),
    since: String(row.since),
  }));
}

/** Sets (or replaces) the budget of a category or sub-category. */
export async function saveBudget(userId: string, plan: BudgetPlan): Promise<void> {
  const key = { userId, category: plan.category, subCategory: plan.sub ?? "" };
  const fields = { amount: BigInt(plan.amount), rollover: plan.rollover };
  await db().budget.upsert({ where: { userId_category_subCategory: key }, create: { ...key, ...fields, since: plan.since }, update: fields });
}

export async function removeBudget(userId: string, category: string, sub: string | null): Promise<void> {
  await db().budget.deleteMany({ where: { userId, category, subCategory: sub ?? "" } });
}

/** The bank's categories and sub-categories seen in the user's rows: what a budget may name. */
export async function categoryTree(userId: string): Promise<Map<string, { label: string; subs: Map<string, string> }>> {
  const rows = await db().transaction.groupBy({
    by: ["categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel"],
    where: { userId, categoryMain: { not: null } },
  });
  const tree = new Map<string, { label: string; subs: Map<string, string> }>();
  for (const row of rows) {
    if (!row.categoryMain) continue;
    const main = tree.get(row.categoryMain) ?? { label: row.categoryMainLabel ?? row.categoryMain, subs: new Map<string, string>() };
    if (row.categorySub) main.subs.set(row.categorySub, row.categorySubLabel ?? row.categorySub);
    tree.set(row.categoryMain, main);
  }
  return tree;
}
