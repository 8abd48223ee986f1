import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createClient } from "@libsql/client";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { startGateway } from "./support/gateway";
import { recordIssuedTokens } from "./support/issued-tokens";
import { DATABASE_FILE, STORAGE_STATE } from "./support/paths";

const PHONE = { width: 390, height: 844 };

// Each test builds its own context and session; a loaded machine (four builds at once) needs the room.
test.describe.configure({ timeout: 120_000 });

interface StoredState {
  cookies: { name: string; value: string; domain: string; path: string; expires: number; httpOnly: boolean; secure: boolean; sameSite: "Strict" | "Lax" | "None" }[];
  origins: [];
}

/**
 * A second session for the owner, copied in the store from the shared login's session: signing it
 * out must not end the session the other specs use, and a new BankID login would spend bank calls.
 */
async function ownSession(browser: Browser, viewport = PHONE) {
  const state = JSON.parse(fs.readFileSync(STORAGE_STATE, "utf8")) as StoredState;
  const shared = state.cookies.find((cookie) => cookie.name.includes("authjs.session-token"))!;
  const token = randomBytes(32).toString("hex");
  const database = createClient({ url: `file:${DATABASE_FILE}` });
  await database.execute({
    sql: `INSERT INTO "Session" (id, "sessionToken", "userId", expires) SELECT ?, ?, "userId", expires FROM "Session" WHERE "sessionToken" = ?`,
    args: [`e2e-pwa-${token.slice(0, 8)}`, token, shared.value],
  });
  database.close();
  const storageState = { cookies: state.cookies.map((cookie) => (cookie === shared ? { ...cookie, value: token } : cookie)), origins: [] };
  const context = await browser.newContext({ storageState, viewport, locale: "nb-NO" });
  return { context, token, sharedToken: shared.value };
}

/** An icon's address carries the icon set's version, and its answer may be kept for a year. */
function expectCachedForAYear(address: string, cacheControl: string | undefined) {
  expect(address).toMatch(/^\/icons\/v\/[0-9a-f]{12}\/[\w-]+\.(png|svg)$/);
  expect(cacheControl).toBe("public, max-age=31536000, immutable");
}

/**
 * A connection that is up but reaches nothing (a captive portal, the server's laptop asleep): the
 * browser keeps reporting itself online, and no `offline` event comes, while every request fails
 * (Playwright's offline emulation, applied after this).
 */
async function believesItIsOnline(context: BrowserContext) {
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "onLine", { configurable: true, get: () => true });
    window.addEventListener("offline", (event) => event.stopImmediatePropagation(), true);
  });
}

/** Waits until the service worker is active and controls the page. */
async function workerControls(page: Page) {
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === "activated");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * A page of the owner's own session, in a browser that believes it is online whatever happens to the
 * connection, once the worker controls it: `path` opened, and opened again through the worker.
 */
async function pageThroughWorker(browser: Browser, path: string) {
  const { context } = await ownSession(browser);
  await believesItIsOnline(context);
  const page = await context.newPage();
  await page.goto(path);
  await workerControls(page);
  await page.goto(path);
  return { context, page };
}

/**
 * Under Playwright's offline emulation, Chromium 150 starts each new document with navigator.onLine
 * true, though its network stays cut (a navigation fails with ERR_INTERNET_DISCONNECTED). Applied
 * again to the page the worker served, the emulation reaches that document, as a device that is
 * offline would report it (the page gets its `offline` event).
 */
async function reportOffline(page: Page): Promise<{ end(): Promise<void> }> {
  const session = await page.context().newCDPSession(page);
  await session.send("Network.enable");
  const conditions = { latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
  await session.send("Network.emulateNetworkConditions", { offline: true, ...conditions });
  return {
    async end() {
      await session.send("Network.emulateNetworkConditions", { offline: false, ...conditions });
      await session.detach();
    },
  };
}

/** The addresses of the answers the worker's data cache holds, oldest first. */
async function keptAnswers(page: Page): Promise<URL[]> {
  const urls = await page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith("saldo-data-"));
    return name ? (await (await caches.open(name)).keys()).map((request) => request.url) : [];
  });
  return urls.map((url) => new URL(url));
}

/** Client navigation keeps earlier pages hidden in the DOM: wait for exactly one visible heading. */
async function pageReady(page: Page) {
  await expect(page.locator("main h1").filter({ visible: true })).toHaveCount(1);
  await page.waitForLoadState("networkidle");
}

async function noSidewaysScroll(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${label} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
}

test("at 390 × 844 the bottom bar reaches every page, nothing scrolls sideways and accounts are cards", async ({ browser }) => {
  const { context } = await ownSession(browser);
  const page = await context.newPage();
  await page.goto("/");
  const bar = page.getByTestId("bottom-bar");
  await expect(bar).toBeVisible();
  // The desktop's side navigation is not shown on a phone.
  await expect(page.locator(".side-nav")).toBeHidden();
  const direct = [
    { name: "Transaksjoner", path: "/transactions" },
    { name: "Budsjetter", path: "/budgets" },
    { name: "Faste trekk", path: "/subscriptions" },
    { name: "Oversikt", path: "/" },
  ];
  const behindMore = [
    { name: /^Varsler/, path: "/inbox" },
    { name: "Regler", path: "/rules" },
    { name: "Innstillinger", path: "/settings" },
    { name: "Kontoer", path: "/accounts" },
  ];
  for (const { name, path } of direct) {
    await bar.getByRole("link", { name }).click();
    await expect(page).toHaveURL((url) => url.pathname === path);
    await pageReady(page);
    await expect(bar.getByRole("link", { name })).toHaveAttribute("aria-current", "page");
    await noSidewaysScroll(page, path);
  }
  for (const { name, path } of behindMore) {
    await bar.getByRole("button", { name: "Mer" }).click();
    const sheet = page.getByRole("dialog", { name: "Flere sider" });
    await sheet.getByRole("link", { name }).click();
    await expect(page).toHaveURL((url) => url.pathname === path);
    await expect(sheet).toBeHidden();
    await pageReady(page);
    await noSidewaysScroll(page, path);
  }
  // On /accounts now: cards with name, number, balance, available and a small balance line, no table.
  const cards = page.getByTestId("account-row").filter({ visible: true });
  await expect(cards.first()).toBeVisible();
  await expect(page.locator("main table")).toHaveCount(0);
  const first = cards.first();
  for (const id of ["account-name", "account-number", "account-balance", "account-available", "account-sparkline"]) await expect(first.getByTestId(id), id).toBeVisible();
  await first.getByTestId("account-name").click();
  await expect(page).toHaveURL(/\/accounts\/.+/);
  await pageReady(page);
  await noSidewaysScroll(page, "/accounts/[id]");
  await context.close();
});

test("on a phone transaction rows carry their category's icon and the filters open in a sheet", async ({ browser }) => {
  const { context } = await ownSession(browser);
  const page = await context.newPage();
  await page.goto("/transactions");
  await expect(page.getByTestId("transaction-row").first().locator(".category-icon")).toBeVisible();
  // Rows for a thumb on two lines (amount over date), with the search on one line above them: the
  // first screen shows at least six whole rows above the bottom bar (it showed four with three-line rows).
  const screen = await page.evaluate(() => {
    const bar = document.querySelector(".bottom-bar")?.getBoundingClientRect().top ?? window.innerHeight;
    const rows = [...document.querySelectorAll("[data-testid=transaction-row]")].map((row) => row.getBoundingClientRect());
    const date = document.querySelector("[data-testid=transaction-row] .tx-date")?.getBoundingClientRect();
    const amount = document.querySelector("[data-testid=transaction-row] .amount")?.getBoundingClientRect();
    return { whole: rows.filter((row) => row.bottom <= bar).length, tallest: Math.max(...rows.map((row) => row.height)), dateUnderAmount: !!date && !!amount && date.top >= amount.bottom - 1 && Math.abs(date.right - amount.right) < 2 };
  });
  expect(screen.whole).toBeGreaterThanOrEqual(6);
  expect(screen.tallest).toBeLessThan(80);
  expect(screen.dateUnderAmount).toBe(true);
  await expect(page.getByLabel("Søk", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Status")).toBeHidden();
  await page.getByRole("button", { name: /^Filtre/ }).click();
  const filterSheet = page.getByRole("dialog", { name: "Filtre" });
  await filterSheet.getByLabel("Status").selectOption("PENDING");
  await filterSheet.getByRole("button", { name: "Vis resultater" }).click();
  await expect(filterSheet).toBeHidden();
  await expect(page).toHaveURL(/status=PENDING/);
  for (const row of await page.getByTestId("transaction-row").all()) await expect(row).toHaveAttribute("data-status", "PENDING");
  await context.close();
});

test("screenshots of the phone and desktop layouts in both themes, for the report", async ({ browser }, testInfo) => {
  const { context } = await ownSession(browser);
  const page = await context.newPage();
  for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
    await page.setViewportSize(viewport);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      for (const path of ["/", "/transactions"]) {
        await page.goto(path);
        await expect(page.locator("main h1")).toBeVisible();
        await page.waitForLoadState("networkidle");
        const name = `${viewport.width}-${colorScheme}${path === "/" ? "-overview" : path.replace("/", "-")}.png`;
        await testInfo.attach(name, { body: await page.screenshot(), contentType: "image/png" });
      }
    }
  }
  await context.close();
});

test("the manifest validates, the icons load and the service worker activates under the same security headers", async ({ page, request }) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/application\/manifest\+json/);
  const manifest = (await response.json()) as { name: string; short_name: string; start_url: string; display: string; theme_color: string; background_color: string; icons: { src: string; sizes: string; type: string; purpose?: string }[] };
  expect(manifest).toMatchObject({ name: "Saldo", short_name: "Saldo", start_url: "/", display: "standalone" });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  for (const [size, purpose] of [["192x192", "any"], ["512x512", "any"], ["512x512", "maskable"]] as const) {
    const icon = manifest.icons.find((entry) => entry.sizes === size && (entry.purpose ?? "any") === purpose);
    expect(icon, `${size} ${purpose}`).toBeTruthy();
    const file = await request.get(icon!.src);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("image/png");
    expectCachedForAYear(icon!.src, file.headers()["cache-control"]);
    // The PNG header's width and height are the declared size.
    const body = await file.body();
    expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`).toBe(size);
  }

  const worker = await request.get("/sw.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["content-type"]).toMatch(/javascript/);
  expect(worker.headers()["cache-control"]).toContain("no-cache");
  expect(worker.headers()["x-content-type-options"]).toBe("nosniff");
  const policy = worker.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("script-src 'self'");
  expect(/script-src[^;]*unsafe-inline/.test(policy)).toBe(false);

  await page.goto("/login");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  // The favicons are PNGs of the sizes they declare: Chrome fetches the favicon again at every URL
  // change (each filter and search), and an SVG one is parsed as a whole document each time.
  const favicons = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((link) => ({ href: link.getAttribute("href")!, sizes: link.getAttribute("sizes"), type: link.getAttribute("type") })));
  expect(favicons.length).toBeGreaterThan(0);
  for (const favicon of favicons) {
    expect(favicon.type).toBe("image/png");
    const file = await request.get(favicon.href);
    expect(file.headers()["content-type"]).toBe("image/png");
    // Cached: the fetch at every URL change then never reaches the server beside the list's request.
    expectCachedForAYear(favicon.href, file.headers()["cache-control"]);
    // The plain path is not, and another version's address is not served: no bytes stay pinned.
    const plain = favicon.href.replace(/\/v\/[0-9a-f]+\//, "/");
    expect((await request.get(plain)).headers()["cache-control"]).not.toContain("immutable");
    expect((await request.get(favicon.href.replace(/\/v\/[0-9a-f]+\//, "/v/000000000000/"))).status()).toBe(404);
    const body = await file.body();
    expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`).toBe(favicon.sizes);
  }
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === "activated");
  expect(page.context().serviceWorkers().some((entry) => entry.url().endsWith("/sw.js"))).toBe(true);
});

test("after one online visit the overview and transactions open offline with a banner; signing out leaves nothing behind", async ({ browser }) => {
  const { context, token, sharedToken } = await ownSession(browser);
  const bankTokens = recordIssuedTokens();
  const page = await context.newPage();
  await page.goto("/");
  await workerControls(page);
  // The visits the worker sees and keeps.
  for (const path of ["/", "/transactions"]) {
    await page.goto(path);
    await expect(page.locator("main h1")).toBeVisible();
    await page.waitForLoadState("networkidle");
  }
  const firstDescription = await page.getByTestId("transaction-description").first().textContent();

  await context.setOffline(true);
  await page.goto("/");
  const overviewOffline = await reportOffline(page);
  await expect(page.locator("main h1")).toHaveText("Oversikt");
  await expect(page.getByTestId("offline-banner")).toContainText(/^Frakoblet, viser data fra \d{1,2}\. \S+ \d{2}:\d{2}$/);
  // What needs the server is switched off, not broken.
  await expect(page.locator("fieldset.offline-gate")).toHaveAttribute("disabled", "");
  await expect(page.getByRole("banner").getByRole("button", { name: "Meny" })).toBeDisabled();
  await page.goto("/transactions");
  const transactionsOffline = await reportOffline(page);
  await expect(page.locator("main h1")).toBeVisible();
  await expect(page.getByTestId("transaction-description").first()).toHaveText(firstDescription ?? "");
  await expect(page.getByTestId("offline-banner")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Søk$/ })).toBeDisabled();

  // Nothing in the Cache Storage holds the session cookie or a bank token, and the sign-in routes are never kept.
  const cached = await page.evaluate(async () => {
    const entries: { cache: string; url: string; status: number; headers: string; body: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const key of await cache.keys()) {
        const response = (await cache.match(key))!;
        entries.push({ cache: name, url: key.url, status: response.status, headers: JSON.stringify([...response.headers]), body: await response.text() });
      }
    }
    return entries;
  });
  const tokens = bankTokens.stop();
  expect(tokens.length, "the sandbox has live bank tokens to look for").toBeGreaterThan(0);
  expect(cached.some((entry) => new URL(entry.url).pathname === "/")).toBe(true);
  expect(cached.some((entry) => new URL(entry.url).pathname === "/transactions")).toBe(true);
  for (const entry of cached) {
    expect(entry.cache).toMatch(/^saldo-(pages|data|assets)-[A-Za-z0-9_-]+-v\d+$/);
    expect(entry.status, entry.url).toBe(200);
    expect(new URL(entry.url).pathname).not.toMatch(/^\/(api\/auth|login)/);
    for (const secret of [token, sharedToken, ...tokens]) {
      expect(entry.body.includes(secret) || entry.headers.includes(secret), `${entry.url} holds a secret`).toBe(false);
    }
    if (entry.cache.startsWith("saldo-pages-")) expect(entry.headers).not.toMatch(/script-src[^;]*unsafe-inline/);
  }

  await overviewOffline.end();
  await transactionsOffline.end();
  await context.setOffline(false);
  await page.goto("/");
  await page.getByRole("banner").getByRole("button", { name: "Meny" }).click();
  await page.getByRole("menuitem", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("saldo-") && !name.startsWith("saldo-assets-")))).toEqual([]);
  await context.setOffline(true);
  await page.goto("/").catch(() => undefined);
  await expect(page.getByRole("heading", { name: "Oversikt" })).toHaveCount(0);
  await expect(page.getByTestId("transaction-row")).toHaveCount(0);
  await context.close();
});

/** The names of Saldo's caches that hold the owner's pages or answers. */
async function savedCaches(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("saldo-pages-") || name.startsWith("saldo-data-")));
}

test("renewing the bank's consent keeps the offline copies; a session that ends while the app is open leaves none once the login page shows", async ({ browser }) => {
  const { context, token } = await ownSession(browser);
  const page = await context.newPage();
  await page.goto("/");
  await workerControls(page);
  for (const path of ["/", "/transactions"]) {
    await page.goto(path);
    await pageReady(page);
  }
  const kept = async () => page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith("saldo-pages-"));
    return name ? (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname) : [];
  });
  expect(await kept()).toEqual(expect.arrayContaining(["/", "/transactions"]));

  // Signed in, the owner opens the login page to renew the bank's consent: the copies stay.
  await page.goto("/login?reconnect=1");
  await expect(page.getByRole("button", { name: "Logg inn med SpareBank 1" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(await kept()).toEqual(expect.arrayContaining(["/", "/transactions"]));

  // The session ends on the server (it expired) while a page is open; the next client-side
  // navigation lands on the login page, and the device keeps nothing of the owner's.
  await page.goto("/");
  await pageReady(page);
  const database = createClient({ url: `file:${DATABASE_FILE}` });
  await database.execute({ sql: `DELETE FROM "Session" WHERE "sessionToken" = ?`, args: [token] });
  database.close();
  await page.getByTestId("bottom-bar").getByRole("link", { name: "Transaksjoner" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect.poll(() => savedCaches(page)).toEqual([]);
  await context.close();
});

test("a copy the worker served because the server did not answer says so, though the browser believes it is online", async ({ browser }) => {
  const { context, page } = await pageThroughWorker(browser, "/");
  await expect(page.locator("main h1")).toHaveText("Oversikt");
  await page.waitForLoadState("networkidle");
  // Fresh from the server: no mark, no banner.
  await expect(page.locator("html")).not.toHaveAttribute("data-saved-copy");
  await expect(page.getByTestId("offline-banner")).toHaveCount(0);

  // React hydrates the marked page without complaint (the mark sits on <html>, outside its checks).
  const reactErrors: string[] = [];
  page.on("console", (message) => {
    if (/Minified React error|hydrat/i.test(message.text())) reactErrors.push(message.text());
  });
  page.on("pageerror", (error) => reactErrors.push(error.message));
  await context.setOffline(true);
  await page.goto("/");
  await expect(page.locator("main h1")).toHaveText("Oversikt");
  expect(await page.evaluate(() => navigator.onLine)).toBe(true);
  await expect(page.locator("html")).toHaveAttribute("data-saved-copy", "");
  await expect(page.getByTestId("offline-banner").locator("span")).toHaveText(/^Får ikke kontakt med Saldo, viser data fra \d{1,2}\. \S+ \d{2}:\d{2}$/);
  // What needs the server is switched off, as when offline.
  await expect(page.locator("fieldset.offline-gate")).toHaveAttribute("disabled", "");
  await expect(page.getByRole("banner").getByRole("button", { name: "Meny" })).toBeDisabled();
  // Disabled by the page's own script, so it has hydrated by now.
  expect(reactErrors).toEqual([]);

  // Still out of reach, trying again shows the copy again; back in reach, it loads the server's page.
  const retry = page.getByTestId("offline-banner").getByRole("button", { name: "Prøv igjen" });
  await Promise.all([page.waitForEvent("load"), retry.click()]);
  await expect(page.locator("html")).toHaveAttribute("data-saved-copy", "");
  await expect(page.getByTestId("offline-banner")).toBeVisible();
  // The page's own check of the server (every 10 s, and at once on the browser's "online" event) took
  // the banner and its button away first with Chromium 156.0.8078.114, within about 60 ms of going
  // back online: the next test has that path. Held off here, so the button is what brings the page.
  await context.route("**/api/health", (route) => route.abort());
  await context.setOffline(false);
  await Promise.all([page.waitForEvent("load"), retry.click()]);
  await context.unroute("**/api/health");
  await expect(page.locator("main h1")).toHaveText("Oversikt");
  await expect(page.locator("html")).not.toHaveAttribute("data-saved-copy");
  await expect(page.getByTestId("offline-banner")).toHaveCount(0);
  await expect(page.locator("fieldset.offline-gate")).not.toHaveAttribute("disabled");
  await context.close();
});

test("a copy the worker served because the server did not answer goes back to the server's data by itself once the server answers, in place", async ({ browser }) => {
  const { context, page } = await pageThroughWorker(browser, "/");
  await page.waitForLoadState("networkidle");
  await context.setOffline(true);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-saved-copy", "");
  await expect(page.getByTestId("offline-banner")).toBeVisible();
  await expect(page.locator("fieldset.offline-gate")).toHaveAttribute("disabled", "");
  // Survives an in-place refresh, not a reload.
  await page.evaluate(() => ((window as unknown as { stillThisPage: boolean }).stillThisPage = true));

  // The page asks the server every 10 s while it shows the banner; once it answers, the page fetches
  // its server parts again (Next's data request for this page).
  const asked = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/health" && response.ok(), { timeout: 15_000 });
  const refreshed = page.waitForResponse((response) => new URL(response.url()).searchParams.has("_rsc") && response.ok(), { timeout: 20_000 });
  await context.setOffline(false);
  await asked;
  await refreshed;
  await expect(page.getByTestId("offline-banner")).toHaveCount(0);
  await expect(page.locator("html")).not.toHaveAttribute("data-saved-copy");
  await expect(page.locator("fieldset.offline-gate")).not.toHaveAttribute("disabled");
  await expect(page.locator("main h1")).toHaveText("Oversikt");
  expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
  await context.close();
});

test("behind a gateway that answers for the server with an error, or not at all, the worker shows its saved copy", async ({ browser, baseURL }) => {
  const gateway = await startGateway(baseURL!);
  const { context } = await ownSession(browser);
  try {
    await believesItIsOnline(context);
    const page = await context.newPage();
    await page.goto(`${gateway.url}/`);
    await workerControls(page);
    await page.goto(`${gateway.url}/`);
    await expect(page.locator("main h1")).toHaveText("Oversikt");
    await expect(page.locator("html")).not.toHaveAttribute("data-saved-copy");

    for (const status of [502, 503, 504]) {
      gateway.failWith(status);
      await page.goto(`${gateway.url}/`);
      await expect(page.locator("main h1")).toHaveText("Oversikt");
      await expect(page.locator("html")).toHaveAttribute("data-saved-copy", "");
      await expect(page.getByTestId("offline-banner").locator("span")).toHaveText(/^Får ikke kontakt med Saldo, viser data fra \d{1,2}\. \S+ \d{2}:\d{2}$/);
    }
    // A page with no saved copy shows the gateway's own answer, as it would without the worker.
    const unsaved = await page.goto(`${gateway.url}/rules`);
    expect(unsaved?.status()).toBe(504);
    await expect(page.getByRole("heading", { name: "Gateway error 504" })).toBeVisible();

    // A gateway that takes the request and never answers: the saved copy shows once the worker stops waiting.
    gateway.hang();
    const started = Date.now();
    await page.goto(`${gateway.url}/`, { timeout: 20_000 });
    await expect(page.locator("html")).toHaveAttribute("data-saved-copy", "");
    expect(Date.now() - started).toBeGreaterThanOrEqual(7_000);

    gateway.failWith(null);
    await page.goto(`${gateway.url}/`);
    await expect(page.locator("main h1")).toHaveText("Oversikt");
    await expect(page.locator("html")).not.toHaveAttribute("data-saved-copy");
  } finally {
    await context.close();
    await gateway.close();
  }
});

test("a list page the worker answered from its cache because the server did not answer turns the page's banner on", async ({ browser }) => {
  const { context, page } = await pageThroughWorker(browser, "/transactions");
  const rows = page.getByTestId("transaction-row");
  const loadMore = page.getByRole("button", { name: "Last flere" });
  // Online, through the worker: the list's second page is kept.
  await expect(rows.first()).toBeVisible();
  const firstPage = await rows.count();
  await loadMore.click();
  await expect.poll(() => rows.count()).toBeGreaterThan(firstPage);
  await expect.poll(async () => (await keptAnswers(page)).some((url) => url.searchParams.has("cursor"))).toBe(true);

  // A fresh page from the server; then the connection stops reaching anything.
  await page.goto("/transactions");
  await expect(rows).toHaveCount(firstPage);
  await context.setOffline(true);
  await expect(page.getByTestId("offline-banner")).toHaveCount(0);
  await loadMore.click();
  await expect.poll(() => rows.count()).toBeGreaterThan(firstPage);
  await expect(page.getByTestId("offline-banner").locator("span")).toHaveText(/^Får ikke kontakt med Saldo, viser data fra \d{1,2}\. \S+ \d{2}:\d{2}$/);
  await expect(page.locator("fieldset.offline-gate")).toHaveAttribute("disabled", "");
  await context.close();
});

test("the worker keeps each cache to its newest answers, a revisited one counting as new, without a timestamp database", async ({ browser }) => {
  const { context } = await ownSession(browser, { width: 1280, height: 900 });
  const page = await context.newPage();
  await page.goto("/");
  await workerControls(page);
  // Distinct list pages are distinct answers the worker keeps (the data cache holds 60).
  const visit = (limits: number[]) =>
    page.evaluate(async (list) => {
      for (const limit of list) {
        const response = await fetch(`/api/transactions?limit=${limit}`);
        if (!response.ok) throw new Error(`limit=${limit} answered ${response.status}`);
        await response.arrayBuffer();
      }
    }, limits);
  const keptLimits = async () => (await keptAnswers(page)).map((url) => Number(url.searchParams.get("limit"))).sort((a, b) => a - b);
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

  await visit(range(1, 65));
  await expect.poll(keptLimits, { timeout: 20_000 }).toEqual(range(6, 65));
  // Asked again, the oldest kept answer becomes the newest: the next one pushes out limit=7 instead.
  await visit([6, 66]);
  await expect.poll(keptLimits, { timeout: 20_000 }).toEqual([6, ...range(8, 66)]);
  const databases = await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name));
  expect(databases).not.toContain("serwist-expiration");
  await context.close();
});

test("on a phone the overview opens with a one-line sync status, its button round and still named, and the accounts right below", async ({ browser }) => {
  const { context } = await ownSession(browser);
  const page = await context.newPage();
  await page.goto("/");
  const panel = page.getByTestId("sync-status");
  await expect(panel.getByTestId("last-synced")).toBeVisible();
  const button = panel.getByRole("button", { name: /^(Synkroniser nå|Synkroniserer …)$/ });
  await expect(button).toBeVisible();
  const [panelBox, buttonBox, accountsBox] = await Promise.all([panel.boundingBox(), button.boundingBox(), page.getByRole("heading", { name: "Kontoer", exact: true }).boundingBox()]);
  // Before: a 178 px card whose full-width button sat under the text, and the accounts at 340 px.
  expect(panelBox!.height).toBeLessThan(110);
  expect(Math.abs(buttonBox!.width - buttonBox!.height)).toBeLessThan(2);
  expect(buttonBox!.width).toBeGreaterThanOrEqual(44);
  expect(buttonBox!.y + buttonBox!.height).toBeLessThanOrEqual(panelBox!.y + panelBox!.height);
  expect(accountsBox!.y).toBeLessThan(300);
  await context.close();
});

test("the worker's static routes send the filtered list and navigation data past it, while the paged list still goes through it and is kept", async ({ browser }) => {
  const { context } = await ownSession(browser, { width: 1280, height: 900 });
  const page = await context.newPage();
  await page.goto("/");
  await workerControls(page);
  // Resource Timing names the static route a request matched ("network"), or none ("") when the
  // worker's fetch handler saw it.
  const routed = await page.evaluate(async () => {
    const urls = ["/api/transactions?limit=3&q=rema", "/api/transactions?limit=5&category=GROCERIES", "/api/transactions?limit=4"];
    const result: Record<string, string | null> = {};
    for (const url of urls) {
      await (await fetch(url)).arrayBuffer();
      const entry = performance.getEntriesByName(new URL(url, location.href).href).at(-1) as PerformanceResourceTiming & { workerMatchedSourceType?: string };
      result[url] = entry.workerMatchedSourceType ?? null;
    }
    return result;
  });
  expect(routed).toEqual({ "/api/transactions?limit=3&q=rema": "network", "/api/transactions?limit=5&category=GROCERIES": "network", "/api/transactions?limit=4": "" });
  const kept = (await keptAnswers(page)).map((url) => url.search);
  expect(kept).toContain("?limit=4");
  expect(kept.filter((search) => search.includes("q=") || search.includes("category="))).toEqual([]);

  // A client navigation's data fetch (`_rsc`) goes past the worker too.
  await page.locator(".side-nav").getByRole("link", { name: "Transaksjoner" }).click();
  await expect(page.getByRole("heading", { name: "Transaksjoner", level: 1 })).toBeVisible();
  const navigationData = await page.evaluate(() =>
    (performance.getEntriesByType("resource") as (PerformanceResourceTiming & { workerMatchedSourceType?: string })[])
      .filter((entry) => new URL(entry.name).searchParams.has("_rsc"))
      .map((entry) => entry.workerMatchedSourceType),
  );
  expect(navigationData.length).toBeGreaterThan(0);
  expect(new Set(navigationData)).toEqual(new Set(["network"]));
  await context.close();
});
