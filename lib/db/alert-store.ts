import "server-only";
import type { AlertCandidate } from "../alerts/evaluate-alerts";
import { batchedRead } from "./batched-read";
import { db } from "./client";

export async function alertPreferences(userId: string) {
  return db().alertPreferences.findUnique({ where: { userId } });
}

export async function saveAlertSettings(userId: string, settings: string) {
  await db().alertPreferences.upsert({ where: { userId }, create: { userId, settings }, update: { settings } });
}

export async function saveWebhook(userId: string, webhook: { urlEnc: string | null; format: string }, defaultSettings: string) {
  await db().alertPreferences.upsert({
    where: { userId },
    create: { userId, settings: defaultSettings, webhookUrlEnc: webhook.urlEnc, webhookFormat: webhook.format },
    update: { webhookUrlEnc: webhook.urlEnc, webhookFormat: webhook.format },
  });
}

/**
 * Stores the candidates whose key is new, with a pending delivery per channel, in one transaction;
 * returns what was new. A key seen before (read or not) never alerts again.
 */
export async function recordAlerts(userId: string, candidates: readonly AlertCandidate[], channels: readonly { channel: string; target: string | null }[], now: Date) {
  if (candidates.length === 0) return [];
  return db().$transaction(async (tx) => {
    const known = new Set(
      (await tx.alert.findMany({ where: { userId, key: { in: candidates.map((candidate) => candidate.key) } }, select: { key: true } })).map((row) => row.key),
    );
    const fresh = [...new Map(candidates.filter((candidate) => !known.has(candidate.key)).map((candidate) => [candidate.key, candidate])).values()];
    for (const candidate of fresh) {
      await tx.alert.create({
        data: {
          userId,
          kind: candidate.kind,
          key: candidate.key,
          params: JSON.stringify(candidate.params),
          link: candidate.link,
          createdAt: now,
          deliveries: { create: channels.map((channel) => ({ channel: channel.channel, target: channel.target, nextAttemptAt: now })) },
        },
      });
    }
    return fresh;
  });
}

/**
 * Per account, the first day of the newest low-balance stretch an alert was recorded for (keys read
 * `low_balance:<account>:<day>`): a stretch longer than the days the rules read goes on under it.
 */
export async function lowBalanceStretches(userId: string): Promise<Map<string, string>> {
  const rows = await db().alert.findMany({ where: { userId, kind: "low_balance" }, select: { key: true } });
  const newest = new Map<string, string>();
  for (const { key } of rows) {
    const [, accountId, day] = key.split(":");
    if (!accountId || !day) continue;
    if ((newest.get(accountId) ?? "") < day) newest.set(accountId, day);
  }
  return newest;
}

/**
 * The first balance of an account after its last one at or above `minimum` in [from, before): where a
 * newer stretch under the limit began. Null when no balance in those days reached it.
 */
export async function lowStretchRestart(accountId: string, from: string, before: string, minimum: number): Promise<string | null> {
  const rows = await db().$queryRaw<{ date: string | null }[]>`
    SELECT MIN(s."date") AS "date" FROM "BalanceSnapshot" s
    WHERE s."accountId" = ${accountId} AND s."date" > (
      SELECT MAX(r."date") FROM "BalanceSnapshot" r WHERE r."accountId" = ${accountId} AND r."date" >= ${from} AND r."date" < ${before} AND r."balance" >= ${minimum})`;
  return rows[0]?.date ?? null;
}

export async function dueDeliveries(userId: string, now: Date, take = 50) {
  return db().alertDelivery.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now }, alert: { userId } },
    include: { alert: true },
    orderBy: { nextAttemptAt: "asc" },
    take,
  });
}

/**
 * Takes a due delivery for one run: only the run whose write still finds it pending at the time it
 * read wins, and the delivery is not due again for `claimMs` (a run that dies mid-send leaves it to
 * be tried again then). Two runs that overlap (a sync and the cron) never both send it.
 */
export async function claimDelivery(id: string, dueAt: Date, now: Date, claimMs: number): Promise<boolean> {
  const { count } = await db().alertDelivery.updateMany({ where: { id, status: "pending", nextAttemptAt: dueAt }, data: { nextAttemptAt: new Date(now.getTime() + claimMs) } });
  return count === 1;
}

export async function markDelivery(id: string, outcome: { status: "sent" | "pending" | "failed"; attempts: number; nextAttemptAt?: Date; lastError?: string | null; sentAt?: Date }) {
  await db().alertDelivery.update({
    where: { id },
    data: { status: outcome.status, attempts: outcome.attempts, lastError: outcome.lastError ?? null, ...(outcome.nextAttemptAt ? { nextAttemptAt: outcome.nextAttemptAt } : {}), ...(outcome.sentAt ? { sentAt: outcome.sentAt } : {}) },
  });
}

export async function recentDeliveries(userId: string, take = 10) {
  return db().alertDelivery.findMany({ where: { alert: { userId } }, include: { alert: { select: { kind: true, createdAt: true } } }, orderBy: { nextAttemptAt: "desc" }, take });
}

export async function inbox(userId: string, take = 100) {
  return db().alert.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take });
}

/** Read beside the page's other reads (one round trip): the header asks for it on every page. */
export async function unreadAlertCount(userId: string): Promise<number> {
  const [result] = await batchedRead([{ sql: `SELECT COUNT(*) AS "unread" FROM "Alert" WHERE "userId" = ? AND "readAt" IS NULL`, args: [userId] }]);
  return Number(result!.rows[0]!.unread);
}

export async function markAlertsRead(userId: string, ids: readonly string[] | "all", read: boolean, now: Date) {
  await db().alert.updateMany({ where: { userId, ...(ids === "all" ? {} : { id: { in: [...ids] } }) }, data: { readAt: read ? now : null } });
}

export async function pushSubscriptions(userId: string) {
  return db().pushSubscription.findMany({ where: { userId } });
}

/** Saved again without its server key (a page from before keys were kept), it keeps the key on record. */
export async function savePushSubscription(userId: string, endpointHash: string, subscriptionEnc: string, serverKey: string | null) {
  await db().pushSubscription.upsert({
    where: { endpointHash },
    create: { userId, endpointHash, subscriptionEnc, serverKey },
    update: { userId, subscriptionEnc, ...(serverKey === null ? {} : { serverKey }) },
  });
}

export async function removePushSubscription(userId: string, endpointHash: string) {
  await db().pushSubscription.deleteMany({ where: { userId, endpointHash } });
}

export async function removePushSubscriptionById(id: string) {
  await db().pushSubscription.deleteMany({ where: { id } });
}
