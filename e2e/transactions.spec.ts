import { expect, test, type Page, type Request } from "@playwright/test";
import { sandboxLedger } from "./support/expected";
import { osloToday, previousMonth } from "./support/expected-series";
import { holdScripts } from "./support/hold-scripts";
import { STORAGE_STATE } from "./support/paths";
import { spriteIcons, symbolsOf } from "./support/sprite-icons";

test.use({ storageState: STORAGE_STATE, locale: "nb-NO" });

// The list's page sizes (lib/transactions/filter-query.ts): the first page, then more while scrolling.
const FIRST_PAGE_ROWS = 25;
const PAGE_ROWS = 40;
const rows = (page: Page) => page.getByTestId("transaction-row");
const attribute = (page: Page, name: string) => rows(page).evaluateAll((elements, attr) => elements.map((element) => element.getAttribute(attr) ?? ""), name);
const shownCount = async (page: Page) => Number((await page.getByTestId("transactions-count").textContent())?.match(/\d+/)?.[0]);

async function expectFilter(page: Page, query: RegExp, check: (page: Page) => Promise<void>) {
  await expect(page).toHaveURL(query);
  // The last list stays on screen (marked busy) until the filtered one has arrived.
  await expect(page.locator("section[aria-busy]")).toHaveAttribute("aria-busy", "false");
  await expect(rows(page).first()).toBeVisible();
  await check(page);
  await page.reload();
  await expect(rows(page).first()).toBeVisible();
  await check(page);
}

test.beforeEach(async ({ page }) => {
  await page.goto("/transactions");
  await expect(rows(page).first()).toBeVisible();
});

test("search narrows to matching descriptions and survives a reload", async ({ page }) => {
  await page.getByLabel("Søk", { exact: true }).fill("kiwi");
  await page.getByLabel("Søk", { exact: true }).press("Enter");
  await expectFilter(page, /q=kiwi/, async () => {
    const texts = await page.getByTestId("transaction-description").allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((text) => /kiwi/i.test(text))).toBe(true);
    await expect(page.getByLabel("Søk", { exact: true })).toHaveValue("kiwi");
  });
});

test("a search typed while the page is still loading is the one that runs", async ({ page }) => {
  // Enter pressed while React hydrates the form: the search used to run with the empty box React
  // had rendered, in most of these attempts. Pressed at several moments, since the window moves with the machine's load.
  for (const delay of [0, 150, 300, 600]) {
    const scripts = await holdScripts(page);
    // "load" would wait for the held scripts.
    await page.goto("/transactions", { waitUntil: "commit" });
    await expect(rows(page).first()).toBeVisible();
    await page.getByLabel("Søk", { exact: true }).fill("kiwi");
    await scripts.release();
    await page.waitForTimeout(delay);
    await page.getByLabel("Søk", { exact: true }).press("Enter");
    await expect(page).toHaveURL(/q=kiwi/);
    await expect(page.locator("section[aria-live][aria-busy]")).toHaveAttribute("aria-busy", "false");
    const texts = await page.getByTestId("transaction-description").allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((text) => /kiwi/i.test(text))).toBe(true);
    await page.unrouteAll();
  }
});

test("search ignores case in Norwegian letters too: «ELKJØP» finds «Elkjøp»", async ({ page }) => {
  const found = async (query: string) => {
    await page.goto(`/transactions?q=${encodeURIComponent(query)}`);
    await expect(rows(page).first()).toBeVisible();
    return page.getByTestId("transaction-description").allTextContents();
  };
  const lower = await found("elkjøp");
  expect(lower.length).toBeGreaterThan(0);
  expect(lower.every((text) => /elkjøp/i.test(text))).toBe(true);
  // SQLite's LIKE folds ASCII only: without the extra spellings this finds nothing.
  expect(await found("ELKJØP")).toEqual(lower);
  expect(await found("ElkjØp")).toEqual(lower);
});

test("each filter narrows the list correctly and survives a reload", async ({ page }) => {
  const unfiltered = await shownCount(page);
  const ledger = sandboxLedger("kari");

  await page.getByLabel("Status").selectOption("PENDING");
  await expectFilter(page, /status=PENDING/, async () => {
    const statuses = await attribute(page, "data-status");
    expect(statuses.length).toBe(ledger.transactions.filter((row) => row.status === "PENDING").length);
    expect(new Set(statuses)).toEqual(new Set(["PENDING"]));
  });
  await page.getByRole("button", { name: "Nullstill" }).click();

  await page.getByLabel("Retning").selectOption("in");
  await expectFilter(page, /direction=in/, async () => {
    expect((await attribute(page, "data-amount")).every((amount) => Number(amount) > 0)).toBe(true);
    expect(await shownCount(page)).toBeLessThanOrEqual(unfiltered);
  });
  await page.getByRole("button", { name: "Nullstill" }).click();

  const accountOption = await page.getByLabel("Konto").locator("option").nth(2).getAttribute("value");
  await page.getByLabel("Konto").selectOption(accountOption!);
  await expectFilter(page, new RegExp(`account=${accountOption}`), async () => {
    expect(new Set(await attribute(page, "data-account"))).toEqual(new Set([accountOption]));
  });
  await page.getByRole("button", { name: "Nullstill" }).click();

  await page.getByLabel("Kategori").selectOption("GROCERIES");
  await expectFilter(page, /category=GROCERIES/, async () => {
    expect(new Set(await attribute(page, "data-category"))).toEqual(new Set(["GROCERIES"]));
  });
  await page.getByRole("button", { name: "Nullstill" }).click();

  // From the first of last month: on the first of a month this month alone may have no rows yet.
  const today = osloToday();
  const from = `${previousMonth(today)}-01`;
  await page.getByLabel("Fra").fill(from);
  await page.getByLabel("Til").fill(today);
  await expectFilter(page, new RegExp(`from=${from}&to=${today}`), async () => {
    const dates = await attribute(page, "data-date");
    expect(dates.every((date) => date >= from && date <= today)).toBe(true);
    const expected = ledger.transactions.filter((row) => row.osloDate >= from && row.osloDate <= today).length;
    expect(dates.length).toBe(Math.min(expected, FIRST_PAGE_ROWS));
  });
  await page.getByRole("button", { name: "Nullstill" }).click();

  await page.getByLabel("Minst (kr)").fill("1000");
  await page.getByLabel("Høyst (kr)").fill("5000");
  await page.getByLabel("Høyst (kr)").press("Enter");
  await expectFilter(page, /min=1000&max=5000/, async () => {
    const amounts = (await attribute(page, "data-amount")).map(Number);
    expect(amounts.every((amount) => Math.abs(amount) >= 100_000 && Math.abs(amount) <= 500_000)).toBe(true);
  });
});

test("a filter's request leaves as the filter changes, before the page renders it, and leaves once", async ({ page }) => {
  await page.evaluate(() => {
    const calls: { url: string; busy: string | null }[] = [];
    (window as unknown as { listCalls: typeof calls }).listCalls = calls;
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes("/api/transactions?")) calls.push({ url, busy: document.querySelector("section[aria-busy]")?.getAttribute("aria-busy") ?? null });
      return original(input, init);
    };
  });
  await page.getByLabel("Kategori").selectOption("TRANSPORT");
  await expect(page).toHaveURL(/category=TRANSPORT/);
  await expect(page.locator("section[aria-busy]")).toHaveAttribute("aria-busy", "false");
  await expect(rows(page).first()).toHaveAttribute("data-category", "TRANSPORT");
  const calls = await page.evaluate(() => (window as unknown as { listCalls: { url: string; busy: string | null }[] }).listCalls);
  // Sent from the change itself: the list was not yet marked busy, so no render came first.
  expect(calls).toEqual([{ url: expect.stringContaining("category=TRANSPORT"), busy: "false" }]);
});

test("the address takes a filter once its list has arrived, not while its request is out", async ({ browser }) => {
  // Writing the address re-renders every part of the page that reads it (Next's router follows the
  // History API); done at the change, that work ran beside the request and the new rows' render.
  // Without the worker, so that the page's own route holds the list's request.
  const context = await browser.newContext({ storageState: STORAGE_STATE, locale: "nb-NO", serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto("/transactions");
  await expect(rows(page).first()).toBeVisible();
  let held!: () => void;
  const release = new Promise<void>((resolve) => (held = resolve));
  let requested = false;
  await page.route(/\/api\/transactions\?.*category=TRANSPORT/, async (route) => {
    requested = true;
    await release;
    await route.continue();
  });
  await page.getByLabel("Kategori").selectOption("TRANSPORT");
  await expect.poll(() => requested).toBe(true);
  await expect(page.locator("section[aria-busy]")).toHaveAttribute("aria-busy", "true");
  // Long enough for a render the change caused to have written the address.
  await page.waitForTimeout(300);
  expect(new URL(page.url()).search).toBe("");
  held();
  await expect(rows(page).first()).toHaveAttribute("data-category", "TRANSPORT");
  await expect(page).toHaveURL(/category=TRANSPORT/);
  await context.close();
});

test("a filter's new rows are painted before the address is written", async ({ browser }) => {
  // The list's answer renders synchronously, effects included: an address written by an effect went
  // into the same task as the new rows, ahead of their paint (with the router work Next does for it).
  const context = await browser.newContext({ storageState: STORAGE_STATE, locale: "nb-NO", serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto("/transactions");
  await expect(rows(page).first()).toBeVisible();
  // The last one is shown from the list's cache, without a request.
  for (const category of ["TRANSPORT", "GROCERIES", "TRANSPORT"]) {
    const before = new URL(page.url()).search;
    await page.evaluate((category) => {
      const seen: { whenShown?: string; beforePaint?: string } = {};
      (window as unknown as { seen: typeof seen }).seen = seen;
      const section = document.querySelector("section[aria-busy]")!;
      // Called once the task that changed the list has finished its script (effects included).
      const observer = new MutationObserver(() => {
        if (!section.querySelector(`[data-testid=transaction-row][data-category="${category}"]`)) return;
        observer.disconnect();
        seen.whenShown = location.search;
        // A frame callback runs before that frame is painted.
        requestAnimationFrame(() => (seen.beforePaint = location.search));
      });
      observer.observe(section, { subtree: true, childList: true, attributes: true });
    }, category);
    await page.getByLabel("Kategori").selectOption(category);
    await expect(rows(page).first()).toHaveAttribute("data-category", category);
    await expect(page).toHaveURL(new RegExp(`category=${category}`));
    expect(await page.evaluate(() => (window as unknown as { seen: unknown }).seen), category).toEqual({ whenShown: before, beforePaint: before });
  }
  await context.close();
});

test("a new filter's rows take over the elements of the rows that left, and a row that stays keeps its own", async ({ page }) => {
  // Updating a row's elements in place is cheaper than removing them and building new ones.
  await page.goto("/transactions");
  await expect(rows(page).first()).toBeVisible();
  const listed = () =>
    page.evaluate(() =>
      [...document.querySelectorAll("[data-testid=transaction-row]")].map((row) => {
        const element = row as Element & { shownFirst?: string };
        element.shownFirst ??= row.getAttribute("data-id")!;
        return { id: row.getAttribute("data-id")!, shownFirst: element.shownFirst };
      }),
    );
  const before = (await listed()).map((row) => row.id);
  await page.getByLabel("Kategori").selectOption("TRANSPORT");
  await expect(rows(page).first()).toHaveAttribute("data-category", "TRANSPORT");
  const after = await listed();
  const stayed = after.filter((row) => before.includes(row.id));
  const arrived = after.filter((row) => !before.includes(row.id));
  const departed = before.filter((id) => !after.some((row) => row.id === id));
  for (const row of stayed) expect(row.shownFirst, row.id).toBe(row.id);
  const reused = arrived.filter((row) => departed.includes(row.shownFirst));
  expect(reused.length).toBeGreaterThan(0);
  expect(reused.length).toBe(Math.min(arrived.length, departed.length));
});

test("a filter change asks the server for the list and nothing else: the favicon Chrome fetches again comes from the cache", async ({ browser }) => {
  // A first visit, before the service worker controls the page (it would answer the icons itself).
  const context = await browser.newContext({ storageState: STORAGE_STATE, locale: "nb-NO", serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto("/transactions");
  await expect(rows(page).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  // Chrome fetches the favicon again at every URL change, from its browser process; the page's own
  // DevTools session still sees the request, and whether the disk cache answered it.
  const session = await context.newCDPSession(page);
  await session.send("Network.enable");
  const sent = new Map<string, string>();
  const cached = new Set<string>();
  const finished = new Set<string>();
  session.on("Network.requestWillBeSent", ({ requestId, request }) => void sent.set(requestId, new URL(request.url).pathname));
  session.on("Network.requestServedFromCache", ({ requestId }) => void cached.add(requestId));
  session.on("Network.responseReceived", ({ requestId, response }) => {
    if (response.fromDiskCache || response.fromPrefetchCache) cached.add(requestId);
  });
  session.on("Network.loadingFinished", ({ requestId }) => void finished.add(requestId));
  session.on("Network.loadingFailed", ({ requestId }) => void finished.add(requestId));
  for (const category of ["TRANSPORT", "GROCERIES"]) {
    await page.getByLabel("Kategori").selectOption(category);
    await expect(rows(page).first()).toHaveAttribute("data-category", category);
  }
  // Chrome fetches the favicon after a URL change on its own schedule, and folds two quick changes
  // into one fetch at times: wait until it has fetched it at least once and every fetch has finished.
  const favicons = () => [...sent].filter(([, path]) => path.includes("favicon")).map(([id]) => id);
  await expect
    .poll(() => favicons().length > 0 && favicons().every((id) => finished.has(id)), { message: "Chrome fetched the favicon again after the URL change" })
    .toBe(true);
  const toServer = [...sent].filter(([id]) => finished.has(id) && !cached.has(id)).map(([, path]) => path);
  expect(toServer).toEqual(["/api/transactions", "/api/transactions"]);
  await context.close();
});

test("a row opens its details: category, merchant, dates, pending marked", async ({ page }) => {
  await page.getByLabel("Status").selectOption("PENDING");
  await expect(page).toHaveURL(/status=PENDING/);
  const first = rows(page).first();
  await expect(first.getByText("Reservert")).toBeVisible();
  await first.getByRole("button").click();
  const details = first.getByTestId("transaction-details");
  await expect(details).toBeVisible();
  await expect(details).toContainText("Kategori");
  await expect(details).toContainText("Bokføringsdato");
  await expect(first.getByRole("button")).toHaveAttribute("aria-expanded", "true");
});

test("every row's category icon is drawn from the one icon file, the sandbox's categories with their own icons", async ({ page }) => {
  const readIcons = () => spriteIcons(rows(page).locator(".category-icon svg"));
  // Drawn once the file has loaded: a reference to a missing file or symbol draws nothing.
  await expect.poll(async () => (await readIcons()).every((icon) => icon.drawn)).toBe(true);
  const icons = await readIcons();
  const categories = await attribute(page, "data-category");
  expect(icons.length).toBeGreaterThan(0);
  expect(icons.length).toBe(categories.length);
  const file = await page.request.get("/icons/categories.svg");
  expect(file.ok()).toBe(true);
  const symbols = symbolsOf(await file.text());
  for (const icon of icons) {
    expect(icon.href, JSON.stringify(icon)).toMatch(new RegExp(`^/icons/v/[0-9a-f]{12}/categories\\.svg#${icon.icon}$`));
    expect(symbols.has(icon.icon ?? ""), JSON.stringify(icon)).toBe(true);
  }
  // The sandbox books rent as HOUSING and food shopping as GROCERIES: each keeps its own icon.
  const byCategory = new Map(icons.map((icon, index) => [categories[index], icon.icon]));
  expect(byCategory.get("HOUSING")).toBe("housing");
  expect(byCategory.get("GROCERIES")).toBe("groceries");
});

test("bad filter values in a bookmarked URL are named and ignored, the rest still applies", async ({ page }) => {
  await page.goto("/transactions?from=2026-02-30&status=BOOKED");
  await expect(page.getByTestId("filter-errors")).toContainText("from");
  expect(new Set(await attribute(page, "data-status"))).toEqual(new Set(["BOOKED"]));
});

test("the first page fills a screen or two and fetches no second page until the list is scrolled near its end, on a phone and a desktop", async ({ page }) => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 1440 }]) {
    await page.setViewportSize(viewport);
    const calls: string[] = [];
    const record = (request: Request) => {
      if (new URL(request.url()).pathname === "/api/transactions") calls.push(request.url());
    };
    page.on("request", record);
    await page.goto("/transactions");
    await expect(rows(page)).toHaveCount(FIRST_PAGE_ROWS);
    // Hydrated, its effects (the list's scroll watcher among them) run, once a row opens on a click.
    const toggle = rows(page).first().getByRole("button").first();
    await expect(async () => {
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-expanded", "true", { timeout: 500 });
    }).toPass();
    await toggle.click();
    expect(calls, `${viewport.width}px`).toEqual([]);
    await rows(page).last().scrollIntoViewIfNeeded();
    await expect(rows(page)).toHaveCount(FIRST_PAGE_ROWS + PAGE_ROWS);
    expect(calls, `${viewport.width}px`).toEqual([expect.stringContaining(`limit=${PAGE_ROWS}`)]);
    page.off("request", record);
  }
});

test("infinite scroll reaches the oldest stored row", async ({ page, request }) => {
  // Two years of rows, page by page: give a loaded machine room.
  test.setTimeout(150_000);
  await expect.poll(async () => (await (await request.get("/api/sync")).json()).status.backfill.done, { timeout: 60_000 }).toBe(true);
  await page.reload();
  const end = page.getByTestId("transactions-end");
  for (let round = 0; round < 80 && !(await end.isVisible()); round += 1) {
    await rows(page).last().scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(150);
  }
  await expect(end).toBeVisible();
  const dates = await attribute(page, "data-date");
  // The sandbox's oldest row inside the backfill depth (two years by default) is the list's last.
  const depth = new Date(`${osloToday()}T00:00:00Z`);
  depth.setUTCDate(depth.getUTCDate() - 730);
  const depthStart = depth.toISOString().slice(0, 10);
  const ledgerOldest = sandboxLedger("kari").transactions.map((row) => row.osloDate).filter((date) => date >= depthStart).sort()[0];
  expect(dates.at(-1)).toBe(ledgerOldest);
  expect(new Set(await attribute(page, "data-date")).size).toBeGreaterThan(300);
});
