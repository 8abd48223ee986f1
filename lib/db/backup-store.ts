import "server-only";
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from "../backup/backup-schema";
import { readAlertSettings } from "../alerts/alert-settings";
import { parseTags } from "../corrections/tags";
import { db } from "./client";
import { renewDataVersion } from "./data-version";
import { recomputeEffectsIn } from "./effect-store";
import { withNumbers } from "./money-numbers";

const big = (value: number) => BigInt(value);

function without<T extends object, K extends keyof T>(row: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...row };
  for (const key of keys) delete copy[key];
  return copy;
}
const bigOrNull = (value: number | null) => (value === null ? null : BigInt(value));

/**
 * Everything the owner made and everything synced, for one file: accounts, rows, balance snapshots,
 * corrections (notes, tags), splits and rules. Never tokens, sessions or secrets. Effects are left
 * out: a restore recomputes them from the rules and corrections.
 */
export async function readBackup(userId: string, now = new Date()): Promise<Backup> {
  const client = db();
  const [accounts, transactions, snapshots, corrections, splits, rules, budgets, seriesChoices, alertPreferences] = await Promise.all([
    client.account.findMany({ where: { userId }, orderBy: { position: "asc" } }),
    client.transaction.findMany({ where: { userId }, orderBy: [{ bookingDate: "asc" }, { id: "asc" }] }),
    client.balanceSnapshot.findMany({ where: { account: { userId } }, orderBy: [{ accountId: "asc" }, { date: "asc" }] }),
    client.transactionCorrection.findMany({ where: { userId }, orderBy: { transactionId: "asc" } }),
    client.transactionSplit.findMany({ where: { transaction: { userId } }, orderBy: [{ transactionId: "asc" }, { position: "asc" }] }),
    client.rule.findMany({ where: { userId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
    client.budget.findMany({ where: { userId }, orderBy: [{ category: "asc" }, { subCategory: "asc" }] }),
    client.seriesChoice.findMany({ where: { userId }, orderBy: { seriesKey: "asc" } }),
    client.alertPreferences.findUnique({ where: { userId }, select: { settings: true } }),
  ]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    accounts: accounts.map((account) => ({ ...withNumbers(without(account, "userId")), syncedAt: account.syncedAt.toISOString() })),
    transactions: transactions.map((row) => ({
      ...withNumbers(without(row, "userId")),
      status: row.status === "PENDING" ? ("PENDING" as const) : ("BOOKED" as const),
      source: row.source === "import" ? ("import" as const) : ("sync" as const),
      syncedAt: row.syncedAt.toISOString(),
    })),
    snapshots: snapshots.map((snapshot) => ({ ...withNumbers(without(snapshot, "id")), takenAt: snapshot.takenAt.toISOString() })),
    corrections: corrections.map((correction) => ({ ...without(correction, "userId", "updatedAt"), tags: parseTags(correction.tags) })),
    splits: splits.map((split) => withNumbers(without(split, "id"))),
    rules: rules.map((rule) => ({ position: rule.position, name: rule.name, conditions: JSON.parse(rule.conditions) as unknown, actions: JSON.parse(rule.actions) as unknown })),
    budgets: budgets.map((budget) => ({ category: budget.category, subCategory: budget.subCategory, amount: Number(budget.amount), rollover: budget.rollover, since: budget.since })),
    seriesChoices: seriesChoices.map((choice) => ({ seriesKey: choice.seriesKey, status: choice.status === "CONFIRMED" || choice.status === "DISMISSED" ? choice.status : null, name: choice.name })),
    alertSettings: alertPreferences?.settings ?? null,
  };
}

const CHUNK = 500;

async function inChunks<T>(items: readonly T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < items.length; start += CHUNK) await write(items.slice(start, start + CHUNK));
}

/**
 * Replaces the user's data with a (validated) backup in one transaction: all or nothing. Rows keep
 * their ids, so the next sync pairs the bank's answers with them in place.
 */
export async function restoreBackup(userId: string, backup: Backup) {
  await db().$transaction(
    async (tx) => {
      await tx.rule.deleteMany({ where: { userId } });
      await tx.budget.deleteMany({ where: { userId } });
      await tx.seriesChoice.deleteMany({ where: { userId } });
      // Rows, snapshots, corrections, splits and effects go with their accounts (cascade).
      await tx.account.deleteMany({ where: { userId } });
      await inChunks(backup.accounts, (chunk) =>
        tx.account.createMany({
          data: chunk.map((account) => ({
            ...account,
            userId,
            balance: big(account.balance),
            availableBalance: big(account.availableBalance),
            creditLimit: bigOrNull(account.creditLimit),
            reconcileBase: bigOrNull(account.reconcileBase),
            syncedAt: new Date(account.syncedAt),
          })),
        }),
      );
      await inChunks(backup.transactions, (chunk) =>
        tx.transaction.createMany({
          data: chunk.map((row) => ({ ...row, userId, amount: big(row.amount), foreignAmount: bigOrNull(row.foreignAmount), syncedAt: new Date(row.syncedAt) })),
        }),
      );
      await inChunks(backup.snapshots, (chunk) =>
        tx.balanceSnapshot.createMany({
          data: chunk.map((snapshot) => ({
            ...snapshot,
            balance: big(snapshot.balance),
            availableBalance: big(snapshot.availableBalance),
            ledgerSum: bigOrNull(snapshot.ledgerSum),
            takenAt: new Date(snapshot.takenAt),
          })),
        }),
      );
      await inChunks(backup.corrections, (chunk) =>
        tx.transactionCorrection.createMany({ data: chunk.map((correction) => ({ ...correction, userId, tags: correction.tags.length ? JSON.stringify(correction.tags) : null })) }),
      );
      await inChunks(backup.splits, (chunk) => tx.transactionSplit.createMany({ data: chunk.map((split) => ({ ...split, amount: big(split.amount) })) }));
      await inChunks(backup.rules, (chunk) =>
        tx.rule.createMany({ data: chunk.map((rule) => ({ userId, position: rule.position, name: rule.name, conditions: JSON.stringify(rule.conditions), actions: JSON.stringify(rule.actions) })) }),
      );
      await inChunks(backup.budgets, (chunk) => tx.budget.createMany({ data: chunk.map((budget) => ({ ...budget, userId, amount: big(budget.amount) })) }));
      await inChunks(backup.seriesChoices, (chunk) => tx.seriesChoice.createMany({ data: chunk.map((choice) => ({ ...choice, userId })) }));
      if (backup.alertSettings !== null) {
        // The settings only: a webhook address already set here stays, and none comes from a file.
        const settings = JSON.stringify(readAlertSettings(backup.alertSettings));
        await tx.alertPreferences.upsert({ where: { userId }, create: { userId, settings }, update: { settings } });
      }
      await recomputeEffectsIn(tx, userId);
      await renewDataVersion(tx, userId);
    },
    { timeout: 120_000, maxWait: 15_000 },
  );
  return {
    accounts: backup.accounts.length,
    transactions: backup.transactions.length,
    corrections: backup.corrections.length,
    splits: backup.splits.length,
    rules: backup.rules.length,
    budgets: backup.budgets.length,
    seriesChoices: backup.seriesChoices.length,
  };
}
