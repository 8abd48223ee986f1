// On the ledger's own server (its own bank-call budget), after the drift month: a low-balance limit
// above every balance makes each account alert once after a sync, and never again on the next.
// That server has push set up (playwright.config.ts gives it VAPID keys), the first has none.
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createClient } from "@libsql/client";
import { expect, test, type APIResponse } from "@playwright/test";
import webpush from "web-push";
import { LEDGER_DATABASE_FILE } from "./support/paths";
import { loginThroughSandbox } from "./support/sandbox-login";

test.use({ locale: "en-GB" });

test("a low-balance alert appears in the inbox after a sync, once", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await loginThroughSandbox(page);
  await page.goto("/settings");
  const form = page.getByTestId("alert-settings");
  // 100 million kroner: every account is below it.
  await form.locator('input[name="lowBalance.threshold"]').fill("100000000");
  await form.getByRole("button", { name: "Save alerts" }).click();
  await expect(page.getByTestId("alert-settings-status")).toHaveText("Saved.");

  const sync = async () => {
    const response = await page.request.post("/api/sync", { headers: { Origin: baseURL! } });
    expect(response.status(), await response.text()).toBe(200);
  };
  await sync();
  await page.goto("/accounts");
  const accounts = await page.getByTestId("account-row").count();
  await page.goto("/inbox");
  const lowBalance = page.locator('[data-testid="inbox-item"][data-kind="low_balance"]');
  await expect(lowBalance).toHaveCount(accounts);
  await expect(lowBalance.first()).toContainText("Low balance on");
  await expect(page.getByRole("link", { name: new RegExp(`Alerts \\(\\d+\\)`) })).toBeVisible();

  await sync();
  await page.reload();
  await expect(lowBalance).toHaveCount(accounts);

  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.locator('[data-testid="inbox-item"][data-read="false"]')).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Alerts", exact: true })).toBeVisible();
});

test("the webhook form keeps the saved address when its field is left empty, tests it, and removes it only when asked", async ({ page }) => {
  test.setTimeout(60_000);
  // A webhook receiver on loopback, as an owner's ntfy or home server would be.
  const received: { contentType: string; title: string | undefined; body: string }[] = [];
  const receiver = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push({ contentType: String(request.headers["content-type"]), title: request.headers.title as string | undefined, body });
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const address = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/saldo`;
  try {
    await loginThroughSandbox(page);
    await page.goto("/settings");
    const form = page.getByTestId("webhook-form");
    const status = page.getByTestId("webhook-status");
    await form.getByLabel("Webhook address (https)").fill(address);
    await form.getByRole("button", { name: "Save webhook" }).click();
    await expect(status).toHaveText("The webhook is saved.");

    // The address is not shown again; saving another format with the field empty keeps it.
    await page.reload();
    await expect(form.getByLabel("Webhook address (https)")).toHaveValue("");
    await expect(form.getByLabel("Webhook address (https)")).toHaveAccessibleDescription("The address is saved and not shown. Leave the field empty to keep it.");
    await form.getByLabel("Format").selectOption("ntfy");
    await form.getByRole("button", { name: "Save webhook" }).click();
    await expect(status).toHaveText("The webhook is saved.");
    await page.reload();
    await expect(form.getByLabel("Format")).toHaveValue("ntfy");
    await form.getByRole("button", { name: "Send a test" }).click();
    await expect(status).toHaveText("The test was sent.");
    expect(received).toEqual([{ contentType: "text/plain; charset=utf-8", title: "Test from Saldo", body: "Your alerts get through." }]);

    await form.getByRole("button", { name: "Remove webhook" }).click();
    await expect(status).toHaveText("The webhook is removed.");
    await page.reload();
    await expect(form.getByRole("button", { name: "Remove webhook" })).toHaveCount(0);
    // With nothing saved, an empty field is not an address.
    await form.getByRole("button", { name: "Save webhook" }).click();
    await expect(status).toHaveText("The address must be a valid https address.");
  } finally {
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
});

test("the push subscription route refuses a bad body (400) and keys this server no longer uses (409), and saves a good one", async ({ page, baseURL }) => {
  const serverKey = process.env.E2E_LEDGER_VAPID_PUBLIC_KEY;
  expect(serverKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
  await loginThroughSandbox(page);
  const database = createClient({ url: `file:${LEDGER_DATABASE_FILE}` });
  try {
    const headers = { Origin: baseURL!, "Content-Type": "application/json" };
    // What PushManager.subscribe() gives, for a device whose push service nothing here has to reach.
    const subscription = {
      endpoint: `https://push.example.invalid/send/${randomBytes(8).toString("hex")}`,
      expirationTime: null,
      keys: { p256dh: webpush.generateVAPIDKeys().publicKey, auth: randomBytes(16).toString("base64url") },
    };
    // A Buffer goes as it is: Playwright would quote a string that is not JSON.
    const save = (body: unknown) => page.request.post("/api/push/subscriptions", { headers, data: Buffer.from(typeof body === "string" ? body : JSON.stringify(body)) });
    const answer = async (response: APIResponse) => {
      const text = await response.text();
      expect(response.headers()["content-type"], text).toContain("application/json");
      const { error } = JSON.parse(text) as { error?: { code: string; message: string } };
      return { status: response.status(), code: error?.code, message: error?.message };
    };
    const storedKeys = async () => (await database.execute(`SELECT "serverKey" FROM "PushSubscription"`)).rows.map((row) => row.serverKey);

    expect(await answer(await save("{"))).toEqual({ status: 400, code: "bad_request", message: "The body must be JSON." });
    expect(await answer(await save({ ...subscription, endpoint: "http://push.example.com/send/1" }))).toEqual({ status: 400, code: "bad_request", message: "Invalid subscription: endpoint." });
    expect(await answer(await save({ ...subscription, keys: { ...subscription.keys, auth: "short" } }))).toEqual({ status: 400, code: "bad_request", message: "Invalid subscription: keys.auth." });
    // Subscribed on a page served before the server's keys were replaced.
    expect(await answer(await save({ ...subscription, serverKey: webpush.generateVAPIDKeys().publicKey }))).toMatchObject({ status: 409, code: "conflict" });
    expect(await storedKeys()).toEqual([]);

    expect(await answer(await save({ ...subscription, serverKey }))).toEqual({ status: 201, code: undefined, message: undefined });
    expect(await storedKeys()).toEqual([serverKey]);
    const removed = await page.request.delete("/api/push/subscriptions", { headers, data: JSON.stringify({ endpoint: subscription.endpoint }) });
    expect(removed.status(), await removed.text()).toBe(200);
    expect(await storedKeys()).toEqual([]);
  } finally {
    database.close();
  }
});
