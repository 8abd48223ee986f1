import { expect, test, type APIRequestContext } from "@playwright/test";
import { recurringPlan } from "../sandbox/data";
import { nok, plain } from "./support/expected";
import { SANDBOX_SEED, STORAGE_STATE } from "./support/paths";

test.use({ storageState: STORAGE_STATE });

const PER_YEAR: Record<string, number> = { weekly: 52, biweekly: 26, monthly: 12, quarterly: 4, yearly: 1 };

// Expected subscriptions come from the sandbox's own plan (what its generator books), never from Saldo's store.
function plannedSubscriptions() {
  return recurringPlan(SANDBOX_SEED, "kari", Date.now())
    .filter((series) => series.group === "subscription" && !series.ended)
    .map((series) => {
      const latest = series.occurrences.at(-1)?.amountOre ?? 0;
      return { payee: series.payee, monthlyCost: Math.round((latest * (PER_YEAR[series.cadence] ?? 12)) / 12) };
    });
}

/** Series of two years need the history the login's backfill fetches: wait until it is done. */
async function backfillDone(request: APIRequestContext) {
  await expect.poll(async () => (await (await request.get("/api/sync")).json()).status?.backfill?.done, { timeout: 90_000 }).toBe(true);
}

test("the subscriptions page lists the sandbox's planned subscriptions with their monthly costs", async ({ page }) => {
  await backfillDone(page.request);
  await page.goto("/subscriptions");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const group = page.getByTestId("series-group-subscription");
  await expect(group).toBeVisible();
  const planned = plannedSubscriptions();
  expect(planned.length).toBeGreaterThanOrEqual(6);
  for (const { payee, monthlyCost } of planned) {
    const item = group.getByTestId("series").filter({ has: page.locator(".series-name", { hasText: new RegExp(`^${payee}$`) }) });
    await expect(item, payee).toHaveCount(1);
    await expect(item).toHaveAttribute("data-monthly-cost", String(monthlyCost));
    expect(plain(await item.getByTestId("series-monthly").textContent())).toContain(nok(monthlyCost));
  }
  // The planned price rise is flagged with its old and new amount.
  const netflix = group.getByTestId("series").filter({ has: page.locator(".series-name", { hasText: /^Netflix$/ }) });
  const rise = recurringPlan(SANDBOX_SEED, "kari", Date.now()).find((series) => series.payee === "Netflix")?.priceRises.at(-1);
  if (rise && Date.now() - Date.parse(rise.date) < 365 * 86_400_000) {
    const text = plain(await netflix.getByTestId("price-rise").textContent());
    expect(text).toContain(nok(rise.oldOre));
    expect(text).toContain(nok(rise.newOre));
  }
});

test("a series' history enters the page when its details are first opened: the sandbox's latest payments, newest first", async ({ page }) => {
  await backfillDone(page.request);
  await page.goto("/subscriptions");
  // Each series' own details (the rename form's sit inside its actions).
  const histories = page.locator("[data-testid=series] > details");
  await expect(histories.first()).toBeVisible();
  // Closed, every history is its summary and a loading placeholder: no chart or rows to parse, hydrate or lay out.
  const contents = await histories.evaluateAll((all) => all.map((details) => [...details.children].map((child) => child.tagName + (child.classList.contains("series-history-placeholder") ? ".placeholder" : "")).join(" ")));
  expect(contents.length).toBeGreaterThanOrEqual(6);
  expect(new Set(contents)).toEqual(new Set(["SUMMARY P.placeholder"]));

  const netflix = page.getByTestId("series-group-subscription").getByTestId("series").filter({ has: page.locator(".series-name", { hasText: /^Netflix$/ }) });
  const history = netflix.locator("> details");
  await history.locator("summary").click();
  await expect(history.getByRole("img")).toBeVisible();
  const planned = recurringPlan(SANDBOX_SEED, "kari", Date.now()).find((series) => series.payee === "Netflix")!.occurrences;
  const expected = planned.slice(-12).reverse().map((occurrence) => nok(-occurrence.amountOre));
  await expect.poll(async () => (await history.locator("tbody td.amount").allTextContents()).map(plain)).toEqual(expected);
  // Closed and opened again, it is still there.
  await history.locator("summary").click();
  await history.locator("summary").click();
  await expect(history.locator("tbody tr")).toHaveCount(expected.length);
});

test("a history opened before the page's script has run says it is loading, and nothing else", async ({ page }) => {
  await backfillDone(page.request);
  // The page's scripts never arrive: the browser shows the server's HTML alone, as on a slow phone before hydration.
  await page.route(/\/_next\/static\/chunks\/.+\.js$/, (route) => route.abort());
  await page.goto("/subscriptions");
  const history = page.locator("[data-testid=series] > details").first();
  await history.locator("summary").click();
  await expect(history).toHaveAttribute("open", "");
  const status = history.getByRole("status");
  await expect(status).toBeVisible();
  await expect(status).toHaveText(/^(Loading|Laster) …$/);
  expect((await status.boundingBox())!.height).toBeGreaterThanOrEqual(150);
  await expect(history.locator("table, svg")).toHaveCount(0);
});

test("a dismissed series stays dismissed after a sync", async ({ page, baseURL }) => {
  await backfillDone(page.request);
  await page.goto("/subscriptions");
  const strava = () => page.getByTestId("series").filter({ has: page.locator(".series-name", { hasText: /^Strava$/ }) });
  await expect(page.getByTestId("series-group-subscription").locator(strava())).toHaveCount(1);
  await page.getByTestId("series-group-subscription").getByTestId("series").filter({ has: page.locator(".series-name", { hasText: /^Strava$/ }) }).getByTestId("dismiss-series").click();
  await expect(page.getByTestId("series-dismissed").locator(strava())).toHaveCount(1);
  await expect(page.getByTestId("series-group-subscription").locator(strava())).toHaveCount(0);
  // One sync (the e2e server's bank budget is shared), then the choice must still hold.
  await expect.poll(async () => (await page.request.post("/api/sync", { headers: { Origin: baseURL! } })).status(), { timeout: 30_000 }).toBe(200);
  await page.reload();
  await expect(page.getByTestId("series-dismissed").locator(strava())).toHaveCount(1);
  await expect(page.getByTestId("series-group-subscription").locator(strava())).toHaveCount(0);
  const listed = (await (await page.request.get("/api/recurring")).json()) as { series: { name: string; dismissed: boolean }[] };
  expect(listed.series.find((series) => series.name === "Strava")?.dismissed).toBe(true);
});

test("the forecast chart renders and its end point equals what the API reports", async ({ page }) => {
  await page.goto("/");
  const card = page.getByTestId("balance-forecast");
  await expect(card).toBeVisible();
  const area = card.locator(".chart-area");
  await expect(area.locator(".svg-plot svg path").first()).toBeVisible();
  await area.hover();
  await expect(card.locator(".recharts-line").first()).toBeVisible();
  const shown = Number(await area.getAttribute("data-forecast-end"));
  const api = (await (await page.request.get("/api/forecast")).json()) as { forecast: { total: { date: string; balance: number }[] } };
  const end = api.forecast.total.at(-1);
  expect(api.forecast.total).toHaveLength(31);
  expect(shown).toBe(end?.balance);
  await expect(area).toHaveAttribute("data-forecast-end-date", end?.date ?? "");
  expect(plain(await page.getByTestId("forecast-end").textContent())).toContain(nok(end?.balance ?? 0));
  await expect(page.getByTestId("forecast-lowest")).toBeVisible();
  await expect(page.getByTestId("recurring-summary")).toBeVisible();
});

test("the recurring and forecast APIs need a session", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  for (const path of ["/api/recurring", "/api/forecast"]) expect((await context.request.get(path)).status(), path).toBe(401);
  await context.close();
});
