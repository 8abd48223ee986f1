import { createHash } from "node:crypto";
import fs from "node:fs";
import { createClient } from "@libsql/client";
import { expect, test } from "@playwright/test";
import { TEST_PERSONS } from "../sandbox/data";
import { sandboxLedger } from "./support/expected";
import { DATABASE_FILE, SANDBOX_CONTROL_SECRET, SERVER_LOG, STORAGE_STATE } from "./support/paths";

async function count(sql: string): Promise<number> {
  const database = createClient({ url: `file:${DATABASE_FILE}` });
  try {
    return Number((await database.execute(sql)).rows[0]!.n);
  } finally {
    database.close();
  }
}

test.describe("headers", () => {
  test.use({ storageState: STORAGE_STATE });

  test("pages carry a nonce-based CSP that the app's own scripts satisfy, and the other security headers", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/");
    const headers = response!.headers();
    const policy = headers["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src "))!;
    expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[^']+'( 'sha256-[A-Za-z0-9+/]+=*')*$/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    // Private, and different per cookie (the language, the session): no shared cache may keep it.
    expect(headers["cache-control"]).toMatch(/private.*no-store/);
    // Script files come from our own origin; every inline script carries this response's nonce or is
    // one of the few static ones of the prerendered shell, allowed by its hash. The page hydrates.
    const html = await response!.text();
    const external = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
    expect(external.length).toBeGreaterThan(0);
    expect(external.filter((src) => !src.startsWith("/_next/static/"))).toEqual([]);
    const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(inline.length).toBeGreaterThan(0);
    const unexplained = inline.filter(([, attributes, body]) => {
      if (attributes!.includes(`nonce="${nonce}"`)) return false;
      const hash = `'sha256-${createHash("sha256").update(body!).digest("base64")}'`;
      return !scriptSrc.includes(hash);
    });
    expect(unexplained.map(([tag]) => tag!.slice(0, 120))).toEqual([]);
    expect(inline.filter(([, attributes]) => !attributes!.includes("nonce=")).length).toBeLessThanOrEqual(3);
    // recharts' chunk loads and runs under this policy when a chart is touched.
    await page.getByTestId("balance-over-time").locator(".chart-area").hover();
    await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
    expect(violations).toEqual([]);
    // A second response has a different nonce.
    const again = await page.request.get("/");
    expect(again.headers()["content-security-policy"]).not.toBe(policy);
  });

  test("build files, which skip the proxy, carry the same static headers as pages", async ({ request }) => {
    const page = await request.get("/login");
    const file = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await page.text())?.[1];
    expect(file).toBeTruthy();
    const asset = await request.get(file!);
    expect(asset.status()).toBe(200);
    for (const name of ["x-content-type-options", "x-frame-options", "referrer-policy", "permissions-policy", "cross-origin-opener-policy", "strict-transport-security"]) {
      expect(asset.headers()[name], name).toBe(page.headers()[name]);
    }
  });

  test("API responses carry the headers too, and cookies are HttpOnly and SameSite=Lax", async ({ request, context }) => {
    const response = await request.get("/api/accounts");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    const session = (await context.cookies()).find((cookie) => cookie.name.includes("session-token"))!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe("Lax");
  });
});

test("private pages redirect to the login page without a session", async ({ request }) => {
  for (const path of ["/", "/accounts", "/transactions?q=x", "/settings"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers()["location"], path).toMatch(/\/login$/);
  }
});

test.describe("OAuth callback", () => {
  test("refuses a missing or wrong state, and creates no session", async ({ page, context }) => {
    for (const query of ["code=abc", "code=abc&state=forged"]) {
      await page.goto(`/api/auth/callback/sparebank1?${query}`);
      await expect(page).toHaveURL(/\/login\?error=/);
      expect((await context.cookies()).some((cookie) => cookie.name.includes("session-token"))).toBe(false);
    }
  });

  test("refuses a replayed authorization code", async ({ page, browser }) => {
    let callback = "";
    page.on("request", (request) => {
      if (request.url().includes("/api/auth/callback/sparebank1?code=")) callback = request.url();
    });
    await page.goto("/login");
    await page.getByRole("button", { name: /Log in with SpareBank 1|Logg inn med SpareBank 1/ }).click();
    await page.getByRole("button", { name: "SpareBank 1 SMN", exact: true }).click();
    await page.getByRole("button", { name: "Kari Nordmann", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/");
    expect(callback).toContain("code=");
    // The same callback URL again, with the same browser state cookies: the bank has spent the code.
    const cookies = await page.context().cookies();
    const replay = await browser.newContext();
    await replay.addCookies(cookies.filter((cookie) => !cookie.name.includes("session-token")));
    const replayPage = await replay.newPage();
    await replayPage.goto(callback);
    await expect(replayPage).toHaveURL(/\/login/);
    expect((await replay.cookies()).some((cookie) => cookie.name.includes("session-token"))).toBe(false);
    await replay.close();
  });

  test("never redirects off our own origin after login", async ({ page, baseURL }) => {
    const csrf = await (await page.request.get("/api/auth/csrf")).json();
    const response = await page.request.post("/api/auth/signin/sparebank1", {
      form: { csrfToken: csrf.csrfToken, callbackUrl: "https://evil.example/steal" },
      maxRedirects: 0,
    });
    const location = response.headers()["location"] ?? "";
    expect(location).not.toContain("evil.example");
    const authorize = new URL(location, baseURL);
    expect(authorize.searchParams.get("redirect_uri")).toBe(`${baseURL}/api/auth/callback/sparebank1`);
  });
});

test("a second bank customer is refused: clear page, no session, nothing stored", async ({ page, context }) => {
  const users = await count(`SELECT COUNT(*) AS n FROM "User"`);
  const connections = await count(`SELECT COUNT(*) AS n FROM "BankConnection"`);
  await page.goto("/login");
  await page.getByRole("button", { name: /Log in with SpareBank 1|Logg inn med SpareBank 1/ }).click();
  await page.getByRole("button", { name: "SpareBank 1 SMN", exact: true }).click();
  await page.getByRole("button", { name: "Ola Hansen", exact: true }).click();
  await expect(page).toHaveURL(/\/login\?error=NotOwner/);
  await expect(page.getByRole("alert").filter({ hasText: /belongs to another bank customer|tilhører en annen bankkunde/ })).toBeVisible();
  expect((await context.cookies()).some((cookie) => cookie.name.includes("session-token"))).toBe(false);
  expect(await count(`SELECT COUNT(*) AS n FROM "User"`)).toBe(users);
  expect(await count(`SELECT COUNT(*) AS n FROM "BankConnection"`)).toBe(connections);
  const ola = sandboxLedger("ola").accounts[0]!;
  expect(await count(`SELECT COUNT(*) AS n FROM "Account" WHERE "accountNumber" = '${ola.accountNumber}'`)).toBe(0);
});

test("the server log names no token, secret, account number or person", async () => {
  const log = fs.readFileSync(SERVER_LOG, "utf8");
  const forbidden = [
    "saldo-sandbox-secret",
    process.env.AUTH_SECRET ?? "",
    ...TEST_PERSONS.flatMap((person) => [person.name, person.customerKey]),
    ...["kari", "ola"].flatMap((id) => sandboxLedger(id).accounts.map((account) => account.accountNumber)),
  ].filter((value) => value.length > 3);
  for (const value of forbidden) expect(log.includes(value), `server log contains ${value.slice(0, 4)}…`).toBe(false);
});

test("a deployed-style sandbox build keeps the sandbox's control API shut without its secret", async ({ request }) => {
  // The e2e server is a production build on the sandbox bank, like a demo deployment.
  for (const [method, path] of [
    ["GET", "/sandbox/__sandbox/calls"],
    ["GET", "/sandbox/__sandbox/faults"],
    ["POST", "/sandbox/__sandbox/faults"],
    ["POST", "/sandbox/__sandbox/clock"],
    ["POST", "/sandbox/__sandbox/reset"],
  ] as const) {
    const data = method === "POST" ? { rules: [{ match: "*", fault: "invalid-client" }] } : undefined;
    for (const headers of [{}, { "x-sandbox-control": "wrong-secret-0123456789" }] as Record<string, string>[]) {
      const response = await request.fetch(path, { method, headers, data });
      expect(response.status(), `${method} ${path} ${JSON.stringify(headers)}`).toBe(404);
    }
  }
  // With the secret from the environment it answers (read-only here: nothing is changed).
  expect((await request.get("/sandbox/__sandbox/clock", { headers: { "x-sandbox-control": SANDBOX_CONTROL_SECRET } })).status()).toBe(200);
});
