import "server-only";
import type { InsightRow, InsightSnapshot } from "../insights/types";
import { groupCategoryOptions, type CategoryOption } from "../corrections/category-options";
import { effectiveInsightRows, type StoredSplit } from "../corrections/effective-insight-rows";
import { bankCategoriesOf, bankCategoriesStatement } from "./bank-categories";
import { batchedRead } from "./batched-read";
import { db } from "./client";
import { withNumbers } from "./money-numbers";
import { listTransactions } from "./transaction-reads";

const effectColumns = {
  categoryMain: true,
  categoryMainLabel: true,
  categorySub: true,
  categorySubLabel: true,
  merchantName: true,
  isTransfer: true,
  excluded: true,
} as const;

const splitColumns = { amount: true, categoryMain: true, categoryMainLabel: true, categorySub: true, categorySubLabel: true } as const;

/** The columns the charts need, from `from` on (an Oslo day), for one user, with rules, corrections and splits applied. */
export async function insightRows(userId: string, from: string, accountId?: string): Promise<InsightRow[]> {
  const scope = { userId, bookingDate: { gte: from }, ...(accountId ? { accountId } : {}) };
  // Effects and splits are read by a join on the same scope, not by an include: an include sends one
  // parameter per row and a year of rows exceeds SQLite's parameter limit.
  const [rows, effects, splits] = await Promise.all([
    db().transaction.findMany({
      where: scope,
      select: {
        id: true,
        accountId: true,
        bookingDate: true,
        amount: true,
        status: true,
        categoryMain: true,
        categoryMainLabel: true,
        categorySub: true,
        categorySubLabel: true,
        merchantName: true,
        description: true,
        isOwnTransfer: true,
      },
      // Date order (the index order) keeps the series pass cache-friendly: measured ~25 % faster.
      orderBy: { bookingDate: "asc" },
    }),
    db().transactionEffect.findMany({ where: { userId, transaction: scope }, select: { transactionId: true, ...effectColumns } }),
    db().transactionSplit.findMany({ where: { transaction: scope }, select: { transactionId: true, ...splitColumns }, orderBy: [{ transactionId: "asc" }, { position: "asc" }] }),
  ]);
  const effectOf = new Map(effects.map((effect) => [effect.transactionId, effect]));
  const splitsOf = new Map<string, StoredSplit[]>();
  for (const split of splits) splitsOf.set(split.transactionId, [...(splitsOf.get(split.transactionId) ?? []), withNumbers(split)]);
  return rows.flatMap((row) =>
    effectiveInsightRows(
      { ...row, amount: Number(row.amount), status: row.status === "PENDING" ? "PENDING" : "BOOKED" },
      effectOf.get(row.id) ?? null,
      splitsOf.get(row.id) ?? [],
    ),
  );
}

export async function insightSnapshots(userId: string, from: string, accountId?: string): Promise<InsightSnapshot[]> {
  const rows = await db().balanceSnapshot.findMany({
    where: { date: { gte: from }, account: { userId }, ...(accountId ? { accountId } : {}) },
    select: { accountId: true, date: true, balance: true },
    orderBy: { takenAt: "asc" },
  });
  return rows.map(withNumbers);
}

/** The newest rows, as the transactions list reads them: one statement, one round trip. */
export async function recentTransactions(userId: string, take: number, accountId?: string) {
  return (await listTransactions(userId, { limit: take, ...(accountId ? { account: accountId } : {}) })).items;
}

/** The bank's categories seen in the user's rows, with their subcategories: what corrections and rules pick from. */
export async function categoryOptions(userId: string): Promise<CategoryOption[]> {
  const [result] = await batchedRead([bankCategoriesStatement(userId)]);
  return groupCategoryOptions(bankCategoriesOf(result!));
}
