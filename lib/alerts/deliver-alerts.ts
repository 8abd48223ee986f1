import "server-only";
import webpush from "web-push";
import { appConfig } from "../config/app-config";
import { claimDelivery, dueDeliveries, markDelivery, pushSubscriptions, removePushSubscriptionById } from "../db/alert-store";
import { logEvent } from "../http/log";
import { INTL_LOCALE, MESSAGES } from "../i18n/messages";
import type { AlertSettings } from "./alert-settings";
import { decryptSubscription, decryptWebhookUrl } from "./alert-secrets";
import { alertText } from "./alert-text";
import type { AlertKind } from "./evaluate-alerts";
import { pushSubscriptionSchema } from "./push-subscription";
import { madeWithReplacedKeys } from "./subscription-server-key";
import { vapidKeys } from "./vapid-keys";
import { webhookRequest, type OutgoingAlert, type WebhookFormat } from "./webhook-request";

// Minutes to wait before attempt 2, 3, …; after the last the delivery is given up (and shown so).
const BACKOFF_MINUTES = [1, 5, 30, 120, 720];
// How long a run holds a delivery it is sending: longer than a send takes (5 s at most).
const CLAIM_MS = 2 * 60_000;
const TIMEOUT_MS = 5_000;

type Outcome = { ok: true } | { ok: false; error: string; gone?: boolean };

export async function sendWebhook(url: string, format: WebhookFormat, alert: OutgoingAlert): Promise<Outcome> {
  const request = webhookRequest(format, alert);
  try {
    const response = await fetch(url, { method: "POST", headers: request.headers, body: request.body, redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
    await response.body?.cancel().catch(() => undefined);
    return response.ok ? { ok: true } : { ok: false, error: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.name : "unreachable" };
  }
}

/** The library encrypts (aes128gcm) and signs (VAPID); the request itself goes through fetch. */
export async function sendPush(subscriptionJson: string, alert: OutgoingAlert): Promise<Outcome> {
  const keys = vapidKeys();
  if (!keys) return { ok: false, error: "push not set up" };
  const subscription = pushSubscriptionSchema.parse(JSON.parse(subscriptionJson));
  const details = webpush.generateRequestDetails(subscription, JSON.stringify({ title: alert.title, body: alert.body, url: alert.url }), {
    vapidDetails: keys,
    TTL: 24 * 3600,
    contentEncoding: "aes128gcm",
  });
  try {
    const response = await fetch(details.endpoint, {
      method: details.method,
      headers: details.headers as Record<string, string>,
      body: details.body ? new Uint8Array(details.body) : undefined,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel().catch(() => undefined);
    if (response.ok) return { ok: true };
    return { ok: false, error: `HTTP ${response.status}`, gone: response.status === 404 || response.status === 410 };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.name : "unreachable" };
  }
}

// A run starts no new send after this long: it runs inside a sync (and the cron's time limit), so a
// receiver that never answers must not hold them up for every delivery due; the rest stay due.
export const DELIVERY_RUN_MS = 12_000;

/**
 * Sends the deliveries that are due: the webhook, and each push subscription, for `runMs` at most
 * (what is left stays due for the next run). A failure waits for its back-off and is tried again at
 * the next run (after a sync, or the daily cron); a push subscription the push service says is gone
 * (404/410), or one made with server keys since replaced, is removed. Never throws.
 */
export async function deliverDueAlerts(
  userId: string,
  settings: AlertSettings,
  webhook: { urlEnc: string | null; format: string },
  now: Date,
  runMs = DELIVERY_RUN_MS,
): Promise<{ sent: number; failed: number }> {
  const started = Date.now();
  const due = await dueDeliveries(userId, now);
  if (due.length === 0) return { sent: 0, failed: 0 };
  const text = MESSAGES[settings.locale].alerts;
  const subscriptions = new Map((await pushSubscriptions(userId)).map((row) => [row.id, row]));
  const publicKey = subscriptions.size > 0 ? (vapidKeys()?.publicKey ?? null) : null;
  let sent = 0;
  let failed = 0;
  for (const delivery of due) {
    if (Date.now() - started >= runMs) break;
    // The claim runs from the clock's now (a sync hands its start, which may be minutes ago).
    if (!(await claimDelivery(delivery.id, delivery.nextAttemptAt, new Date(Math.max(now.getTime(), Date.now())), CLAIM_MS))) continue;
    const { title, body } = alertText(delivery.alert.kind as AlertKind, JSON.parse(delivery.alert.params) as Record<string, string | number>, text, INTL_LOCALE[settings.locale], { details: settings.details });
    const alert: OutgoingAlert = { kind: delivery.alert.kind, title, body, url: new URL(delivery.alert.link, appConfig().baseUrl).toString(), at: delivery.alert.createdAt.toISOString() };
    let outcome: Outcome;
    try {
      if (delivery.channel === "webhook") {
        outcome = webhook.urlEnc ? await sendWebhook(decryptWebhookUrl(userId, webhook.urlEnc), (webhook.format as WebhookFormat) ?? "json", alert) : { ok: false, error: "no webhook", gone: true };
      } else {
        const subscription = delivery.target ? subscriptions.get(delivery.target) : undefined;
        outcome = !subscription
          ? { ok: false, error: "subscription removed", gone: true }
          : madeWithReplacedKeys(subscription.serverKey, publicKey)
            ? { ok: false, error: "subscription made with replaced server keys", gone: true }
            : await sendPush(decryptSubscription(userId, subscription.subscriptionEnc), alert);
        if (!outcome.ok && outcome.gone && subscription) await removePushSubscriptionById(subscription.id);
      }
    } catch (error) {
      outcome = { ok: false, error: error instanceof Error ? error.name : "failed" };
    }
    const attempts = delivery.attempts + 1;
    if (outcome.ok) {
      sent += 1;
      await markDelivery(delivery.id, { status: "sent", attempts, sentAt: now });
    } else {
      failed += 1;
      const waitMinutes = BACKOFF_MINUTES[attempts - 1];
      const giveUp = outcome.gone || waitMinutes === undefined;
      await markDelivery(delivery.id, {
        status: giveUp ? "failed" : "pending",
        attempts,
        lastError: outcome.error,
        ...(giveUp ? {} : { nextAttemptAt: new Date(now.getTime() + waitMinutes * 60_000) }),
      });
      logEvent("alerts.delivery_failed", { channel: delivery.channel, attempts });
    }
  }
  return { sent, failed };
}
