// Alerts that leave the app, against real receivers on loopback: a push endpoint that decrypts what
// it gets with the subscription's own keys (so the encryption is really checked), and a webhook
// receiver that reads the JSON. A second sync sends nothing new; failures are retried, and a push
// subscription the push service calls gone is removed.
import { createECDH, randomBytes } from "node:crypto";
import fs from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BankSource } from "../sync/bank-source";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "saldo-alerts-"));
const vapid = webpush.generateVAPIDKeys();
Object.assign(process.env, {
  SALDO_DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, "saldo.db")}`,
  SALDO_VAPID_PUBLIC_KEY: vapid.publicKey,
  SALDO_VAPID_PRIVATE_KEY: vapid.privateKey,
  SALDO_VAPID_SUBJECT: "mailto:owner@example.com",
});

interface Received {
  path: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

function receiver(answer: () => number): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ path: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(answer()).end();
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server })));
}

const ece = createRequire(import.meta.url)("http_ece") as { decrypt(buffer: Buffer, params: Record<string, unknown>): Buffer };
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(new Date());

let push: Awaited<ReturnType<typeof receiver>>;
let hook: Awaited<ReturnType<typeof receiver>>;
let pushStatus = 201;
let hookStatus = 200;

beforeAll(async () => {
  const { applyMigrations } = await import("../db/migrations");
  await applyMigrations({ url: process.env.DATABASE_URL! });
  push = await receiver(() => pushStatus);
  hook = await receiver(() => hookStatus);
});
afterAll(() => {
  push.server.close();
  hook.server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** A bank with one checking account ("Brukskonto") at the balance read at each sync, and no transactions. */
function oneAccountBank(bankKey: string, accountNumber: string, balance: () => number): BankSource {
  return {
    accounts: async () => ({
      accounts: [{ bankKey, accountNumber, name: "Brukskonto", type: "CHECKING", currencyCode: "NOK", balance: balance(), availableBalance: balance(), isSavings: false, isHidden: false }],
      problems: [],
    }),
    transactions: async () => ({ transactions: [], problems: [], skipped: [], capped: false }),
  };
}

/** A user with a webhook at `url`, English alerts, and one pending webhook delivery per key. */
async function userWithDueWebhooks(url: string, keys: readonly string[], now: Date) {
  const { db } = await import("../db/client");
  const { recordAlerts, saveAlertSettings, saveWebhook } = await import("../db/alert-store");
  const { encryptWebhookUrl } = await import("./alert-secrets");
  const { DEFAULT_ALERT_SETTINGS } = await import("./alert-settings");
  const user = await db().user.create({ data: {} });
  const settings = { ...DEFAULT_ALERT_SETTINGS, locale: "en" as const };
  await saveAlertSettings(user.id, JSON.stringify(settings));
  const webhook = { urlEnc: encryptWebhookUrl(user.id, url), format: "json" };
  await saveWebhook(user.id, webhook, JSON.stringify(settings));
  const candidates = keys.map((key) => ({ kind: "large_transaction" as const, key: `large_transaction:${key}`, params: { description: "ELKJØP", amount: -600_000, account: "Brukskonto", date: today }, link: "/transactions" }));
  await recordAlerts(user.id, candidates, [{ channel: "webhook", target: null }], now);
  return { userId: user.id, settings, webhook };
}

describe("alerts out of the app", () => {
  it("delivers by Web Push (decrypted with the subscription's keys) and by webhook, once per event", async () => {
    const { db } = await import("../db/client");
    const { runSync } = await import("../sync/run-sync");
    const { saveAlertSettings, saveWebhook, savePushSubscription } = await import("../db/alert-store");
    const { encryptSubscription, encryptWebhookUrl, endpointHash } = await import("./alert-secrets");
    const { DEFAULT_ALERT_SETTINGS } = await import("./alert-settings");
    const { runAlerts } = await import("./run-alerts");

    let balance = 50_000;
    const bank = oneAccountBank("k1", "42120000001", () => balance);
    const user = await db().user.create({ data: {} });
    const settings = JSON.stringify({ ...DEFAULT_ALERT_SETTINGS, details: true, locale: "en" });
    await saveAlertSettings(user.id, settings);
    await saveWebhook(user.id, { urlEnc: encryptWebhookUrl(user.id, `${hook.url}/hook`), format: "json" }, settings);

    // A browser's subscription: its P-256 key pair and auth secret, the endpoint on loopback.
    const browserKey = createECDH("prime256v1");
    browserKey.generateKeys();
    const auth = randomBytes(16).toString("base64url");
    const subscription = { endpoint: `${push.url}/push/device-1`, keys: { p256dh: browserKey.getPublicKey().toString("base64url"), auth } };
    await savePushSubscription(user.id, endpointHash(subscription.endpoint), encryptSubscription(user.id, JSON.stringify(subscription)), vapid.publicKey);

    await runSync(user.id, "cron", { bank });
    expect(hook.received).toHaveLength(1);
    const webhookBody = JSON.parse(hook.received[0]!.body.toString("utf8")) as Record<string, string>;
    expect(webhookBody).toMatchObject({ kind: "low_balance", title: "Low balance on Brukskonto" });
    expect(webhookBody.body!.replace(/\s/g, " ")).toContain("500,00 kr");
    expect(webhookBody.url).toMatch(/\/accounts\/.+$/);

    expect(push.received).toHaveLength(1);
    const pushed = push.received[0]!;
    expect(pushed.path).toBe("/push/device-1");
    expect(pushed.headers["content-encoding"]).toBe("aes128gcm");
    expect(pushed.headers.authorization).toMatch(/^vapid t=.+, k=/);
    const plaintext = ece.decrypt(pushed.body, { version: "aes128gcm", privateKey: browserKey, authSecret: auth });
    expect(JSON.parse(plaintext.toString("utf8"))).toMatchObject({ title: "Low balance on Brukskonto", url: webhookBody.url });
    // Nothing that leaves the app names an account number.
    expect(`${hook.received[0]!.body}${plaintext}`).not.toContain("42120000001");

    // The same state again: no new event, nothing sent.
    await runSync(user.id, "cron", { bank });
    expect(hook.received).toHaveLength(1);
    expect(push.received).toHaveLength(1);
    expect(await db().alert.count({ where: { userId: user.id } })).toBe(1);

    // A new event while both receivers fail: the webhook is retried after its back-off; the push
    // service says the subscription is gone (410), so it is removed.
    hookStatus = 500;
    pushStatus = 410;
    balance = 200_000;
    await runSync(user.id, "cron", { bank });
    balance = 10_000;
    const later = new Date(Date.now() + 86_400_000);
    const laterDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(later);
    expect(laterDay > today).toBe(true);
    await runSync(user.id, "cron", { bank, now: later });
    expect(hook.received).toHaveLength(2);
    expect(push.received).toHaveLength(2);
    expect(await db().pushSubscription.count({ where: { userId: user.id } })).toBe(0);
    const failed = await db().alertDelivery.findFirstOrThrow({ where: { channel: "webhook", status: "pending" } });
    expect(failed).toMatchObject({ attempts: 1, lastError: "HTTP 500" });
    hookStatus = 200;
    await runAlerts(user.id, new Date(failed.nextAttemptAt.getTime() + 1000));
    expect(hook.received).toHaveLength(3);
    expect(await db().alertDelivery.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("drops a push subscription made with server keys since replaced, instead of sending to it at every alert", async () => {
    const { db } = await import("../db/client");
    const { runSync } = await import("../sync/run-sync");
    const { saveAlertSettings, savePushSubscription } = await import("../db/alert-store");
    const { encryptSubscription, endpointHash } = await import("./alert-secrets");
    const { DEFAULT_ALERT_SETTINGS } = await import("./alert-settings");
    const { deliverDueAlerts } = await import("./deliver-alerts");
    pushStatus = 201;
    let balance = 10_000;
    const bank = oneAccountBank("k2", "42120000002", () => balance);
    const user = await db().user.create({ data: {} });
    const settings = { ...DEFAULT_ALERT_SETTINGS, locale: "en" as const };
    await saveAlertSettings(user.id, JSON.stringify(settings));
    const save = async (name: string, serverKey: string | null) => {
      const key = createECDH("prime256v1");
      key.generateKeys();
      const subscription = { endpoint: `${push.url}/push/${name}`, keys: { p256dh: key.getPublicKey().toString("base64url"), auth: randomBytes(16).toString("base64url") } };
      await savePushSubscription(user.id, endpointHash(subscription.endpoint), encryptSubscription(user.id, JSON.stringify(subscription)), serverKey);
      return db().pushSubscription.findUniqueOrThrow({ where: { endpointHash: endpointHash(subscription.endpoint) } });
    };
    const replaced = () => webpush.generateVAPIDKeys().publicKey;
    const current = await save("keys-current", vapid.publicKey);
    // Saved again by a page that does not say which key it used: the key on record stays.
    await savePushSubscription(user.id, current.endpointHash, current.subscriptionEnc, null);
    expect(await db().pushSubscription.findUniqueOrThrow({ where: { id: current.id } })).toMatchObject({ serverKey: vapid.publicKey });
    const old = await save("keys-old", replaced());
    // Saved before the key was recorded: nothing is known against it, so it is sent to as before.
    await save("keys-unknown", null);
    const sentTo = () => push.received.map((request) => request.path).filter((path) => path.startsWith("/push/keys-"));

    // A low balance: sent to the current and the unknown subscription; the old one gets no delivery and is removed.
    await runSync(user.id, "cron", { bank });
    expect(sentTo().sort()).toEqual(["/push/keys-current", "/push/keys-unknown"]);
    expect(await db().pushSubscription.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db().alertDelivery.count({ where: { target: old.id } })).toBe(0);

    // The next event fails to send and waits for its retry; then the keys are replaced under the
    // current subscription's delivery: the retry sends nothing to it and removes it.
    pushStatus = 500;
    balance = 200_000;
    await runSync(user.id, "cron", { bank });
    balance = 10_000;
    const later = new Date(Date.now() + 86_400_000);
    await runSync(user.id, "cron", { bank, now: later });
    expect(sentTo()).toHaveLength(4);
    const waiting = await db().alertDelivery.findFirstOrThrow({ where: { target: current.id, status: "pending" } });
    await db().pushSubscription.update({ where: { id: current.id }, data: { serverKey: replaced() } });
    pushStatus = 201;
    await deliverDueAlerts(user.id, settings, { urlEnc: null, format: "json" }, new Date(waiting.nextAttemptAt.getTime() + 1000));
    expect(sentTo().slice(4)).toEqual(["/push/keys-unknown"]);
    expect(await db().pushSubscription.findUnique({ where: { id: current.id } })).toBeNull();
    expect(await db().alertDelivery.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: "failed", lastError: "subscription made with replaced server keys" });
  });

  it("sends each delivery once when two runs overlap (two syncs finishing together, or a sync and the cron)", async () => {
    const { db } = await import("../db/client");
    const { deliverDueAlerts } = await import("./deliver-alerts");
    hookStatus = 200;
    const now = new Date();
    const { userId, settings, webhook } = await userWithDueWebhooks(`${hook.url}/overlap`, ["overlap-a", "overlap-b", "overlap-c"], now);
    const before = hook.received.filter((request) => request.path === "/overlap").length;
    const runs = await Promise.all([deliverDueAlerts(userId, settings, webhook, now), deliverDueAlerts(userId, settings, webhook, now)]);
    expect(hook.received.filter((request) => request.path === "/overlap").length - before).toBe(3);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(3);
    expect(await db().alertDelivery.count({ where: { alert: { userId }, status: "sent" } })).toBe(3);
  });

  it("stops starting sends once its time is up, leaving the rest due, when the webhook never answers", async () => {
    const { db } = await import("../db/client");
    const { deliverDueAlerts } = await import("./deliver-alerts");
    // A receiver that takes the request and never answers (a home server gone quiet).
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const now = new Date();
      const { userId, settings, webhook } = await userWithDueWebhooks(`http://127.0.0.1:${(silent.address() as AddressInfo).port}/hook`, ["silent-a", "silent-b", "silent-c"], now);
      // Given one second, the run waits out one send (its 5 s limit) and starts no other.
      expect(await deliverDueAlerts(userId, settings, webhook, now, 1_000)).toEqual({ sent: 0, failed: 1 });
      const deliveries = await db().alertDelivery.findMany({ where: { alert: { userId } }, select: { attempts: true, status: true } });
      expect(deliveries.map((delivery) => delivery.attempts).sort()).toEqual([0, 0, 1]);
      expect(deliveries.every((delivery) => delivery.status === "pending")).toBe(true);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  }, 20_000);
});
