import "server-only";
import { BUDGET_WINDOW_MS, budgetStatus } from "../rate-budget/budget-window";
import { db } from "./client";

/**
 * Reserves a slot for one bank call in the rolling hour. The row is written first and counted
 * after, so concurrent callers can only err towards refusing; a refused caller removes its row.
 */
export async function reserveUpstreamCall(endpoint: string, budget: number, now: Date) {
  const row = await db().upstreamCall.create({ data: { at: now, endpoint } });
  const windowStart = new Date(now.getTime() - BUDGET_WINDOW_MS);
  const inWindow = await db().upstreamCall.count({ where: { at: { gt: windowStart } } });
  if (inWindow <= budget) return { id: row.id, granted: true as const };
  await db().upstreamCall.delete({ where: { id: row.id } });
  // The same arithmetic as the budget shown in settings: with more calls in the window than the
  // budget (a lowered budget), the slot frees when enough have left it, not when the oldest does.
  const calls = await db().upstreamCall.findMany({ where: { at: { gt: windowStart } }, select: { at: true } });
  const status = budgetStatus(calls.map((call) => call.at), budget, now);
  return { id: row.id, granted: false as const, freesAt: status.nextSlotAt ?? now };
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
