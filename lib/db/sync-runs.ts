import "server-only";
import { db } from "./client";

export async function readSyncState(userId: string) {
  return db().syncState.findUnique({ where: { userId } });
}

/** Changes whenever synced data is written (see writeSyncBatch); null before the first sync. */
export async function syncedDataVersion(userId: string): Promise<string | null> {
  const state = await db().syncState.findUnique({ where: { userId }, select: { dataVersion: true } });
  return state?.dataVersion ?? null;
}

/** One sync at a time per user, across processes: a lease row, like the token refresh lease. */
export async function tryAcquireSyncLease(userId: string, now: Date, leaseMs: number): Promise<boolean> {
  await db().syncState.upsert({ where: { userId }, create: { userId }, update: {} });
  const { count } = await db().syncState.updateMany({
    where: { userId, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    data: { leaseUntil: new Date(now.getTime() + leaseMs), lastAttemptAt: now },
  });
  return count === 1;
}

export async function releaseSyncLease(userId: string) {
  await db().syncState.updateMany({ where: { userId }, data: { leaseUntil: null } });
}

/** Call only while holding the sync lease: any run still "running" then belongs to a dead process. */
export async function startSyncRun(userId: string, trigger: string) {
  await db().syncRun.updateMany({
    where: { userId, status: "running" },
    data: { status: "failed", errorCode: "interrupted", message: "The sync stopped before it finished.", finishedAt: new Date() },
  });
  return db().syncRun.create({ data: { userId, trigger, status: "running" } });
}

export async function failSyncRun(runId: string, errorCode: string, message: string, bankCalls: number) {
  await db().syncRun.update({ where: { id: runId }, data: { status: "failed", errorCode, message, bankCalls, finishedAt: new Date() } });
}

export async function latestSyncRuns(userId: string, take = 5) {
  return db().syncRun.findMany({ where: { userId }, orderBy: { startedAt: "desc" }, take });
}

export async function newestBookedDate(userId: string): Promise<string | undefined> {
  const row = await db().transaction.findFirst({
    where: { userId, status: "BOOKED" },
    orderBy: { bookingDate: "desc" },
    select: { bookingDate: true },
  });
  return row?.bookingDate;
}

export async function oldestStoredDate(userId: string): Promise<string | undefined> {
  const row = await db().transaction.findFirst({ where: { userId }, orderBy: { bookingDate: "asc" }, select: { bookingDate: true } });
  return row?.bookingDate;
}

export async function storedAccountKeys(userId: string) {
  return db().account.findMany({ where: { userId }, select: { bankKey: true, accountNumber: true }, orderBy: { position: "asc" } });
}
