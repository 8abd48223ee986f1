import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { PAINTS_LATER_ATTRIBUTE } from "../lib/ui/first-paint-gate";
import { STORAGE_STATE } from "./support/paths";
import { loginThroughSandbox } from "./support/sandbox-login";
import { spriteIcons, symbolsOf } from "./support/sprite-icons";

test.use({ storageState: STORAGE_STATE });

function cookieHeader(): string {
  const state = JSON.parse(fs.readFileSync(STORAGE_STATE, "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

test("the overview's prerendered shell comes first, in the browser's language; the data streams in after it", async ({ baseURL }) => {
  for (const [language, heading] of [["en-GB,en;q=0.9", "Overview"], ["nb-NO,nb;q=0.9", "Oversikt"]] as const) {
    const response = await fetch(`${baseURL}/`, { headers: { cookie: cookieHeader(), "accept-language": language } });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const first = decoder.decode((await reader.read()).value);
    // The first chunk is the static shell: heading and skeletons, nothing read from the store yet.
    expect(first).toContain(`<h1>${heading}</h1>`);
    expect(first).toContain('aria-busy="true"');
    expect(first).not.toContain('data-testid="total-balance"');
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += decoder.decode(chunk.value, { stream: true });
    expect(rest).toContain('data-testid="total-balance"');
  }
});

test("unknown addresses are the not-found page, and the language trees have no addresses of their own", async ({ page }) => {
  // Paths that reach a language's tree get its own not-found page.
  for (const path of ["/no-such-page", "/nb/transactions", "/en", "/accounts/x/y", "/favicon.ico", "/wp-login.php", "/transactions.csv", "/api"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    expect(response?.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(/Fant ikke siden|Page not found/);
  }
  // Under /api/ only route handlers answer; a page's address there is Next.js's plain 404, never the page.
  for (const path of ["/api/settings", "/api/accounts/x", "/api/login"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    expect(response?.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    await expect(page.getByRole("button", { name: /Logg inn med SpareBank 1|Log in with SpareBank 1/ }), path).toHaveCount(0);
    await expect(page.getByRole("heading", { name: /Innstillinger|Settings/ }), path).toHaveCount(0);
  }
});

test("a logged-in visitor to /login goes to the overview, unless renewing the bank login, which completes", async ({ browser }) => {
  // A session of its own: the renewed login must not disturb the other tests' shared one.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await loginThroughSandbox(page);
  await page.goto("/login");
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/login?reconnect=1");
  await expect(page).toHaveURL(/\/login\?reconnect=1$/);
  await page.getByRole("button", { name: /Logg inn med SpareBank 1|Log in with SpareBank 1/ }).click();
  await page.getByRole("button", { name: "SpareBank 1 SMN", exact: true }).click();
  await page.getByRole("button", { name: "Kari Nordmann", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByTestId("total-balance")).toBeVisible();
  await context.close();
});

test("page titles follow the language", async ({ browser }) => {
  for (const [locale, title] of [["en-GB", "Accounts · Saldo"], ["nb-NO", "Kontoer · Saldo"]] as const) {
    const context = await browser.newContext({ storageState: STORAGE_STATE, locale });
    const page = await context.newPage();
    await page.goto("/accounts");
    await expect(page).toHaveTitle(title);
    await context.close();
  }
});

test("every script a page runs at load carries V8's compile hint; the chart library, loaded when a chart is touched, does not", async ({ page }) => {
  const scripts = new Map<string, string>();
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script" && response.url().includes("/_next/static/chunks/")) scripts.set(response.url(), await response.text());
  });
  await page.goto("/");
  await expect(page.getByTestId("balance-over-time").locator(".svg-plot svg path").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  const atLoad = new Map(scripts);
  expect(atLoad.size).toBeGreaterThan(3);
  for (const [url, source] of atLoad) expect(source.startsWith("//# allFunctionsCalledOnLoad\n"), url).toBe(true);
  await page.getByTestId("balance-over-time").locator(".chart-area").hover();
  await expect(page.getByTestId("balance-over-time").locator("svg.recharts-surface").first()).toBeVisible();
  const onDemand = [...scripts].filter(([url]) => !atLoad.has(url));
  expect(onDemand.length).toBeGreaterThan(0);
  for (const [url, source] of onDemand) expect(source.startsWith("//#"), url).toBe(false);
});

test("the overview and the transactions hydrate without building a date or number formatter: the server wrote their dates and amounts", async ({ page }) => {
  // The first formatter of a locale loads its data: tens of milliseconds of a phone's main thread.
  await page.addInitScript(() => {
    const built: string[] = [];
    (window as unknown as { formattersBuilt: string[] }).formattersBuilt = built;
    for (const name of ["DateTimeFormat", "NumberFormat"] as const) {
      const Original = Intl[name];
      Intl[name] = new Proxy(Original, {
        construct(target, args: unknown[]) {
          built.push(name);
          return Reflect.construct(target, args);
        },
        apply(target, self, args: unknown[]) {
          built.push(name);
          return Reflect.apply(target, self, args);
        },
      }) as never;
    }
  });
  const built = () => page.evaluate(() => (window as unknown as { formattersBuilt: string[] }).formattersBuilt);
  await page.goto("/transactions");
  const first = page.getByTestId("transaction-row").first();
  await expect(first.getByTestId("transaction-description")).toBeVisible();
  // Hydrated once a filter reaches the address bar; its list comes from the API, formatted there too.
  await page.getByTestId("transaction-filters").locator("select[name=direction]").selectOption("out");
  await expect(page).toHaveURL(/direction=out/);
  await expect(page.locator("section[aria-busy]")).toHaveAttribute("aria-busy", "false");
  await expect(first).toHaveAttribute("data-amount", /^-/);
  await expect(first.locator(".tx-date")).toHaveText(/^\d{1,2}\.? [A-Za-zæøå]+\.? \d{4}$/);
  expect(await built()).toEqual([]);

  await page.goto("/");
  await expect(page.getByTestId("transaction-row").first()).toBeVisible();
  await page.waitForLoadState("load");
  await page.waitForTimeout(500);
  expect(await built()).toEqual([]);
});

test("loading skeletons animate only what the compositor animates alone (opacity, transform), so they paint nothing per frame while a page loads", async ({ page }) => {
  await page.goto("/transactions");
  const animated = await page.evaluate(() => {
    const probe = document.createElement("div");
    probe.className = "skeleton";
    document.body.append(probe);
    const keys = probe.getAnimations().flatMap((animation) => (animation.effect as KeyframeEffect).getKeyframes().flatMap((frame) => Object.keys(frame)));
    probe.remove();
    return [...new Set(keys)].filter((key) => !["offset", "computedOffset", "easing", "composite"].includes(key));
  });
  expect(animated.length).toBeGreaterThan(0);
  expect(animated.filter((property) => property !== "opacity" && property !== "transform")).toEqual([]);
});

test("the navigation's icons are drawn from the one navigation icon file, on a wide screen and on a phone", async ({ page }) => {
  const file = await page.request.get("/icons/nav.svg");
  expect(file.ok()).toBe(true);
  const symbols = symbolsOf(await file.text());
  for (const [viewport, nav, expected] of [
    [{ width: 1280, height: 900 }, ".side-nav", 8],
    [{ width: 390, height: 844 }, ".bottom-bar", 5],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.goto("/");
    const readIcons = () => spriteIcons(page.locator(`${nav} .nav-link svg`));
    // Drawn once the file has loaded: a reference to a missing file or symbol draws nothing.
    await expect.poll(async () => (await readIcons()).filter((icon) => icon.drawn).length).toBe(expected);
    const icons = await readIcons();
    for (const icon of icons) {
      expect(icon.href, JSON.stringify(icon)).toMatch(new RegExp(`^/icons/v/[0-9a-f]{12}/nav\\.svg#${icon.icon}$`));
      expect(symbols.has(icon.icon ?? ""), JSON.stringify(icon)).toBe(true);
    }
    // Versioned, so the file is kept for a year and a new icon set has a new address.
    expect((await page.request.get(icons[0]!.href!.split("#")[0]!)).headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  }
});

test("a page's first paint already shows its data, not skeletons that the data replaces a moment later; sections below a phone's first screen do not hold it", async ({ browser }) => {
  const context = await browser.newContext({ storageState: STORAGE_STATE, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript((paintsLater) => {
    const seen = {
      gateHeld: false,
      gateReleased: -1,
      lastSectionArrived: -1,
      lastLaterSectionArrived: -1,
      firstContentfulPaint: -1,
      largest: [] as { time: number; element: Element | null }[],
    };
    (window as unknown as { paints: typeof seen }).paints = seen;
    // Where each section that did not hold the paint starts on the page, once React has revealed it.
    const later: Comment[] = [];
    (window as unknown as { laterSectionTops: () => (number | null)[] }).laterSectionTops = () =>
      later.map((comment) => {
        let element = comment.nextSibling;
        while (element && element.nodeType !== Node.ELEMENT_NODE) element = element.nextSibling;
        return comment.data === "$" && element ? (element as Element).getBoundingClientRect().top + scrollY : null;
      });
    // The gate's link is in the head, still blocking, while the page's sections stream in; React's
    // completion script marks each section's boundary as it arrives, its fallback still in place:
    // one marked to paint later (where its media query matches) stands for a section below the first screen.
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type !== "characterData" || record.target.nodeType !== Node.COMMENT_NODE || !["$~", "$!"].includes((record.target as Comment).data)) continue;
        // The fallback's first element, right after the boundary's template, as the gate reads it.
        const fallback = record.target.nextSibling?.nextSibling;
        const media = fallback?.nodeType === Node.ELEMENT_NODE ? (fallback as Element).getAttribute(paintsLater) : null;
        if (media !== null && media !== undefined && (media === "" || matchMedia(media).matches)) {
          seen.lastLaterSectionArrived = performance.now();
          later.push(record.target as Comment);
        } else seen.lastSectionArrived = performance.now();
      }
      if (document.head?.querySelector('link[rel="expect"][blocking="render"]')) seen.gateHeld = true;
      else if (seen.gateHeld && seen.gateReleased < 0) seen.gateReleased = performance.now();
    }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["blocking"] });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName("first-contentful-paint")) seen.firstContentfulPaint = entry.startTime;
    }).observe({ type: "paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null })[]) seen.largest.push({ time: entry.startTime, element: entry.element });
    }).observe({ type: "largest-contentful-paint", buffered: true });
  }, PAINTS_LATER_ATTRIBUTE);
  for (const [path, content, below] of [
    ["/", "[data-testid=last-synced], [data-testid=total-balance]", "[data-testid=net-worth], [data-testid=recurring-summary]"],
    ["/accounts", "[data-testid=total-balance]", null],
    ["/transactions", "[data-testid=transaction-row]", null],
  ] as const) {
    // A page's first view after the server starts reads more than a repeat view: that is not what this measures.
    await page.goto(path);
    await page.goto(path);
    await expect(page.locator(content).first()).toBeVisible();
    const read = () =>
      page.evaluate((selector) => {
        const { gateHeld, gateReleased, lastSectionArrived, lastLaterSectionArrived, firstContentfulPaint, largest } = (
          window as unknown as {
            paints: {
              gateHeld: boolean;
              gateReleased: number;
              lastSectionArrived: number;
              lastLaterSectionArrived: number;
              firstContentfulPaint: number;
              largest: { time: number; element: Element | null }[];
            };
          }
        ).paints;
        const element = largest.at(-1)?.element;
        return {
          gateHeld,
          gateReleased,
          lastSectionArrived,
          lastLaterSectionArrived,
          documentParsed: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domContentLoadedEventStart,
          firstContentfulPaint,
          largestContentfulPaint: largest.at(-1)?.time,
          // The largest paint is read from the store (its text, or a block holding it), not the heading.
          largestIsData: !!element && (!!element.closest(selector) || !!element.querySelector(selector)),
        };
      }, content);
    // Paint entries reach their observers a little after the frame.
    await expect.poll(async () => (await read()).largestIsData, { message: path }).toBe(true);
    const paints = await read();
    expect(paints.gateHeld, path).toBe(true);
    // It lets go as the first screen's last section arrives (not at its time limit), before the
    // hydration data that ends the document is parsed.
    expect(paints.lastSectionArrived, path).toBeGreaterThan(0);
    expect(paints.gateReleased - paints.lastSectionArrived, path).toBeGreaterThanOrEqual(0);
    expect(paints.gateReleased - paints.lastSectionArrived, path).toBeLessThan(20);
    expect(paints.gateReleased, path).toBeLessThan(paints.documentParsed);
    expect(paints.firstContentfulPaint, path).toBeGreaterThan(0);
    expect(paints.largestContentfulPaint, path).toBe(paints.firstContentfulPaint);
    if (below) {
      // The overview's charts, below the sync status and the accounts, arrive after that paint, and every
      // section that did not hold it starts below the first screen (the bottom bar's top) once revealed.
      expect(paints.lastLaterSectionArrived, path).toBeGreaterThan(paints.gateReleased);
      const firstScreenBottom = await page.locator(".bottom-bar").evaluate((bar) => bar.getBoundingClientRect().top);
      const laterSectionTops = () => page.evaluate(() => (window as unknown as { laterSectionTops: () => (number | null)[] }).laterSectionTops());
      await expect.poll(async () => (await laterSectionTops()).every((top) => top !== null), { message: path }).toBe(true);
      const tops = await laterSectionTops();
      expect(tops.length, path).toBeGreaterThan(0);
      for (const top of tops) expect(top, path).toBeGreaterThanOrEqual(firstScreenBottom);
      await expect(page.locator(below).first()).toBeAttached();
      await page.locator(below).last().scrollIntoViewIfNeeded();
      await expect(page.locator(below).last()).toBeVisible();
    } else {
      expect(paints.lastLaterSectionArrived, path).toBe(-1);
    }
  }
  await context.close();
});
