import { createClient } from "@libsql/client";
import { expect, test } from "@playwright/test";
import { nok, plain, sandboxLedger } from "./support/expected";
import { expectedCashFlow, expectedCategoryTotals, expectedNokBalance, expectedNokChangeThisMonth, osloToday, previousMonth } from "./support/expected-series";

/** The month picker offers two years: this month and the 23 before it. */
const oldestMonth = (today: string) => {
  let month = today.slice(0, 7);
  for (let step = 0; step < 23; step++) month = previousMonth(`${month}-01`);
  return month;
};
import { DATABASE_FILE, STORAGE_STATE } from "./support/paths";

test.use({ storageState: STORAGE_STATE, locale: "nb-NO" });

test("every chart is drawn on the server, and recharts takes over a chart when it is touched", async ({ page }) => {
  // This month may have no spending yet (on the 1st it often has none): it says so instead of drawing a ring.
  const thisMonth = osloToday().slice(0, 7);
  if (expectedCategoryTotals(sandboxLedger("kari"), thisMonth).size === 0) {
    await page.goto(`/?month=${thisMonth}`);
    await expect(page.getByTestId("spending-by-category")).toContainText("Ingen utgifter denne måneden");
    await expect(page.getByTestId("spending-by-category").locator(".donut")).toHaveCount(0);
  }
  await page.goto(`/?month=${previousMonth(osloToday())}`);
  await expect(page.getByTestId("spending-by-category").locator(".donut svg path").first()).toBeVisible();
  for (const id of ["cash-flow", "balance-over-time"]) await expect(page.getByTestId(id).locator(".svg-plot svg path").first(), id).toBeVisible();
  await expect(page.getByTestId("top-merchants").locator(".bar-list li").first()).toBeVisible();
  await expect(page.getByTestId("spent-this-month")).toContainText("kr");
  await expect(page.getByTestId("transaction-row").first()).toBeVisible();
  // Nothing of recharts runs until a chart is touched; then it replaces that chart, tooltip and all.
  await expect(page.locator("svg.recharts-surface")).toHaveCount(0);
  const balance = page.getByTestId("balance-over-time").locator(".chart-area");
  await balance.hover();
  await expect(balance.locator("svg.recharts-surface").first()).toBeVisible();
  await balance.hover({ position: { x: 200, y: 100 } });
  await expect(balance.locator(".chart-tooltip")).toContainText("kr");
  await expect(page.getByTestId("cash-flow").locator("svg.recharts-surface")).toHaveCount(0);
});

test("the headline shows the NOK accounts' balance and its change this month as the sandbox has them", async ({ page }) => {
  const ledger = sandboxLedger("kari");
  await page.goto("/");
  await expect(page.getByTestId("net-worth-now")).toHaveAttribute("data-amount", String(expectedNokBalance(ledger)));
  expect(plain(await page.getByTestId("net-worth-now").textContent())).toBe(nok(expectedNokBalance(ledger)));
  const change = expectedNokChangeThisMonth(ledger, osloToday());
  await expect(page.getByTestId("net-worth-change")).toHaveAttribute("data-amount", String(change));
  if (change !== 0) expect(plain(await page.getByTestId("net-worth-change").textContent())).toContain(nok(Math.abs(change)));
});

test("previous and next month step through the months, disabled at the ends", async ({ page }) => {
  const today = osloToday();
  await page.goto("/");
  const next = page.getByTestId("next-month");
  await expect(next).toHaveAttribute("aria-disabled", "true");
  await page.getByTestId("previous-month").click();
  await expect(page).toHaveURL(new RegExp(`month=${previousMonth(today)}`));
  await expect(page.getByRole("combobox", { name: "Måned" })).toHaveValue(previousMonth(today));
  await page.getByTestId("next-month").click();
  await expect(page).toHaveURL(new RegExp(`month=${today.slice(0, 7)}`));
  await page.goto(`/?month=${oldestMonth(today)}`);
  await expect(page.getByTestId("previous-month")).toHaveAttribute("aria-disabled", "true");
  await expect(page.getByTestId("next-month")).toHaveAttribute("href", /month=/);
});

test("a month's category totals, its in/out/net and the balance end point equal the sandbox's own figures", async ({ page }) => {
  const month = previousMonth(osloToday());
  const ledger = sandboxLedger("kari");
  await page.goto(`/?month=${month}`);

  const expected = expectedCategoryTotals(ledger, month);
  const items = page.getByTestId("category-item");
  await expect(items).toHaveCount(expected.size);
  for (const [category, total] of expected) {
    await expect(page.locator(`[data-testid="category-item"][data-category="${category}"]`)).toHaveAttribute("data-total", String(total));
  }
  const monthTotal = [...expected.values()].reduce((sum, value) => sum + value, 0);
  expect(plain(await page.getByTestId("category-month-total").textContent())).toBe(nok(monthTotal));

  // Drill down into the biggest category: its subcategories appear.
  await items.first().getByRole("button").click();
  await expect(page.getByTestId("subcategory-list")).toBeVisible();

  // In, out and net for the month, read from the chart's table view.
  const cashFlow = page.getByTestId("cash-flow");
  await cashFlow.getByRole("button", { name: "Vis som tabell" }).click();
  const monthName = new Intl.DateTimeFormat("nb-NO", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
  const row = cashFlow.getByTestId("cash-flow-table").getByRole("row", { name: new RegExp(`^${monthName}`) });
  const cells = (await row.getByRole("cell").allTextContents()).map(plain);
  const flow = expectedCashFlow(ledger, month);
  expect(cells).toEqual([nok(flow.income), nok(flow.spending), nok(flow.net)]);

  // The balance line ends today at the sum of the NOK accounts' balances.
  const balance = page.getByTestId("balance-over-time").locator("[data-last-balance]");
  await expect(balance).toHaveAttribute("data-last-date", osloToday());
  await expect(balance).toHaveAttribute("data-last-balance", String(expectedNokBalance(ledger)));
});

test("own transfers are left out by default and can be included", async ({ page }) => {
  const month = previousMonth(osloToday());
  await page.goto(`/?month=${month}`);
  const without = Number(await page.getByTestId("category-item").first().getAttribute("data-total"));
  const total = async () => plain(await page.getByTestId("category-month-total").textContent());
  const before = await total();
  await page.getByLabel("Ta med overføringer mellom egne kontoer").check();
  await expect(page).toHaveURL(/transfers=include/);
  await expect.poll(total).not.toBe(before);
  expect(Number(await page.getByTestId("category-item").first().getAttribute("data-total"))).toBeGreaterThanOrEqual(without);
});

test("the month picker changes the month and the choice survives a reload", async ({ page }) => {
  await page.goto("/");
  const month = previousMonth(previousMonth(osloToday()));
  const picker = page.getByRole("combobox", { name: "Måned", exact: true });
  // A choice made before the streamed section has hydrated is not seen by React: choose again until
  // the URL follows (away and back, so the select really changes each time).
  await expect(async () => {
    await picker.selectOption(osloToday().slice(0, 7));
    await picker.selectOption(month);
    await expect(page).toHaveURL(new RegExp(`month=${month}`), { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Måned", exact: true })).toHaveValue(month);
  const expected = expectedCategoryTotals(sandboxLedger("kari"), month);
  await expect(page.getByTestId("category-item")).toHaveCount(expected.size);
});

test("an account page shows its balance history and transactions", async ({ page }) => {
  await page.goto("/accounts");
  const account = sandboxLedger("kari").accounts[0]!;
  await page.locator(`[data-account-number="${account.accountNumber}"]`).getByTestId("account-name").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(account.description || account.name);
  expect(plain(await page.getByTestId("account-detail-balance").textContent())).toBe(nok(account.balanceOre));
  const history = page.getByTestId("account-balance-history").locator("[data-last-balance]");
  await expect(history).toHaveAttribute("data-last-balance", String(account.balanceOre));
  await expect(page.getByTestId("transaction-row").first()).toBeVisible();
  const accountIds = await page.getByTestId("transaction-row").evaluateAll((rows) => new Set(rows.map((row) => row.getAttribute("data-account"))).size);
  expect(accountIds).toBe(1);
});

test("chart figures are reused between views, renewed by the next sync's write, and computed by the sync before the next view", async ({ page, baseURL }) => {
  const database = createClient({ url: `file:${DATABASE_FILE}` });
  const sync = async () => {
    await expect.poll(async () => (await page.request.post("/api/sync", { headers: { Origin: baseURL! } })).status(), { timeout: 30_000 }).toBe(200);
  };
  const spent = async () => {
    await page.goto("/");
    const text = plain(await page.getByTestId("spent-this-month").textContent());
    return Math.round(Number(text.replace(/[^\d,-]/g, "").replace(",", ".")) * 100);
  };
  const account = (await database.execute(`SELECT id, "userId" FROM "Account" ORDER BY position LIMIT 1`)).rows[0]!;
  const insertProbe = (id: string) =>
    database.execute({
      sql: `INSERT INTO "Transaction" (id, "userId", "accountId", status, "bookingDate", amount, "currencyCode", "rawDescription", description, "isOwnTransfer", "syncedAt")
            VALUES (?, ?, ?, 'BOOKED', ?, -12345, 'NOK', 'Cache probe', 'Cache probe', 0, ?)`,
      args: [id, String(account.userId), String(account.id), osloToday(), new Date().toISOString()],
    });
  // What every sync write does; unique, so no figures kept for an earlier run's version are read.
  const renewVersion = (label: string) =>
    database.execute({ sql: `UPDATE "SyncState" SET "dataVersion" = ? WHERE "userId" = ?`, args: [`e2e-${label}-${Date.now()}`, String(account.userId)] });
  try {
    await sync();
    const before = await spent();
    // A row written behind Saldo's back: not through a sync, so the data version stays.
    await insertProbe("e2e-cache-probe");
    expect(await spent()).toBe(before);
    // A new data version (what every sync write sets) makes the figures be computed again.
    await renewVersion("probe");
    expect(await spent()).toBe(before + 12_345);
    // The next sync mirrors the bank, which has no such row: it goes, and the figures follow. The sync
    // computes them before it answers (Sync now): a row written behind Saldo's back after it, before
    // any view, stays out of them, where a view computing them would count it.
    await sync();
    await insertProbe("e2e-warm-probe");
    expect(await spent()).toBe(before);
    await renewVersion("warm");
    expect(await spent()).toBe(before + 12_345);
  } finally {
    await database.execute(`DELETE FROM "Transaction" WHERE id IN ('e2e-cache-probe', 'e2e-warm-probe')`);
    // Figures kept for a probe's version are never read again, even if the sync below fails.
    await renewVersion("probes-gone");
    database.close();
    await sync();
  }
});
