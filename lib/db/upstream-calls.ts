import "server-only";
import { db } from "./client";

const HOUR_MS = 3_600_000;

/**
 * Reserves a slot for one bank call in the rolling hour. The row is written first and counted
 * after, so concurrent callers can only err towards refusing; a refused caller removes its row.
 */
export async function reserveUpstreamCall(endpoint: string, budget: number, now: Date) {
  const row = await db().upstreamCall.create({ data: { at: now, endpoint } });
  const windowStart = new Date(now.getTime() - HOUR_MS);
  const inWindow = await db().upstreamCall.count({ where: { at: { gt: windowStart } } });
  if (inWindow <= budget) return { id: row.id, granted: true as const };
  await db().upstreamCall.delete({ where: { id: row.id } });
  const oldest = await db().upstreamCall.findFirst({ where: { at: { gt: windowStart } }, orderBy: { at: "asc" } });
  return { id: row.id, granted: false as const, freesAt: new Date((oldest?.at ?? now).getTime() + HOUR_MS) };
}

export async function completeUpstreamCall(id: string, status: number | null, durationMs: number) {
  await db().upstreamCall.update({ where: { id }, data: { status, durationMs } });
}

export async function upstreamCallsSince(since: Date) {
  return db().upstreamCall.findMany({ where: { at: { gt: since } }, orderBy: { at: "asc" } });
}

export async function pruneUpstreamCalls(before: Date) {
  await db().upstreamCall.deleteMany({ where: { at: { lt: before } } });
}

export async function readClientState() {
  return db().clientState.findUnique({ where: { id: "default" } });
}

export async function setBackoff(until: Date, note: string) {
  await db().clientState.upsert({
    where: { id: "default" },
    create: { id: "default", backoffUntil: until, backoffNote: note },
    update: { backoffUntil: until, backoffNote: note },
  });
}
