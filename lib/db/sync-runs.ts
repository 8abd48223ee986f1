import "server-only";
import { cache } from "react";
import { batchedRead } from "./batched-read";
import { db } from "./client";

export async function readSyncState(userId: string) {
  return db().syncState.findUnique({ where: { userId } });
}

/**
 * Changes whenever synced data is written (see renewDataVersion); null before the first sync. Read
 * once per page render however many sections key their cached figures by it.
 */
export const syncedDataVersion = cache(async (userId: string): Promise<string | null> => (await renderedSyncState(userId))?.dataVersion ?? null);

/**
 * The sync state as one page render sees it: read once however many sections ask. Only for
 * rendering; the sync itself reads the live row (readSyncState).
 */
export const renderedSyncState = cache(async (userId: string): Promise<{ leaseUntil: Date | null; dataVersion: string | null } | null> => {
  const [result] = await batchedRead([{ sql: `SELECT "leaseUntil", "dataVersion" FROM "SyncState" WHERE "userId" = ?`, args: [userId] }]);
  const row = result!.rows[0];
  if (!row) return null;
  return { leaseUntil: row.leaseUntil === null ? null : new Date(String(row.leaseUntil)), dataVersion: row.dataVersion === null ? null : String(row.dataVersion) };
});

/**
 * One sync at a time per user, across processes: a lease row with an owner, like the token refresh
 * lease. Only the owner renews or releases it; a crashed owner's lease lapses.
 */
export async function tryAcquireSyncLease(userId: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
  await db().syncState.upsert({ where: { userId }, create: { userId }, update: {} });
  const { count } = await db().syncState.updateMany({
    where: { userId, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    data: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs), lastAttemptAt: now },
  });
  return count === 1;
}

/** Extends a lease this owner still holds; false when it lapsed and someone else took it. */
export async function renewSyncLease(userId: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
  const { count } = await db().syncState.updateMany({ where: { userId, leaseOwner: owner }, data: { leaseUntil: new Date(now.getTime() + leaseMs) } });
  return count === 1;
}

export async function releaseSyncLease(userId: string, owner: string) {
  await db().syncState.updateMany({ where: { userId, leaseOwner: owner }, data: { leaseOwner: null, leaseUntil: null } });
}

/**
 * Records a run under the sync lease `owner` holds: any run still "running" then belongs to a dead
 * process. A run the store refuses to record gives the lease back before the error goes on, so the
 * next sync is not refused as "already running" until the lease lapses.
 */
export async function startSyncRun(userId: string, owner: string, trigger: string) {
  try {
    await db().syncRun.updateMany({
      where: { userId, status: "running" },
      data: { status: "failed", errorCode: "interrupted", message: "The sync stopped before it finished.", finishedAt: new Date() },
    });
    return await db().syncRun.create({ data: { userId, trigger, status: "running" } });
  } catch (error) {
    await releaseSyncLease(userId, owner).catch(() => undefined);
    throw error;
  }
}

export async function failSyncRun(runId: string, errorCode: string, message: string, bankCalls: number) {
  await db().syncRun.update({ where: { id: runId }, data: { status: "failed", errorCode, message, bankCalls, finishedAt: new Date() } });
}

export async function latestSyncRuns(userId: string, take = 5) {
  return db().syncRun.findMany({ where: { userId }, orderBy: { startedAt: "desc" }, take });
}

/** Keeps the newest `keep` runs of a user: the history the settings page shows, bounded. */
export async function pruneSyncRuns(userId: string, keep: number) {
  const cutoff = await db().syncRun.findFirst({ where: { userId }, orderBy: { startedAt: "desc" }, skip: keep, select: { startedAt: true } });
  if (cutoff) await db().syncRun.deleteMany({ where: { userId, startedAt: { lte: cutoff.startedAt } } });
}
