// A scripted month of the sandbox bank's drift on a server of its own (playwright.config.ts): texts
// gain suffixes, pending card rows are booked under new text and ids, the card fails for days, and
// an account appears on day 3. After syncing through it, every account says "matches the bank" and
// every chart total equals the sandbox's own ledger.
import { expect, test } from "@playwright/test";
import { generateLedger } from "../sandbox/data";
import { nok, plain } from "./support/expected";
import { expectedCashFlow, expectedCategoryTotals, expectedNokBalance, osloToday } from "./support/expected-series";
import { SANDBOX_CONTROL_SECRET, SANDBOX_SEED } from "./support/paths";
import { loginThroughSandbox } from "./support/sandbox-login";

const DAY_MS = 86_400_000;
const JUMPS = 5;
const JUMP_DAYS = 6;

test.use({ locale: "en-GB" });

test("through a month of bank drift, every account matches the bank and the charts equal its ledger", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const clock = async (body?: Record<string, number>) => {
    const response = await page.request.fetch("/sandbox/__sandbox/clock", {
      method: body ? "POST" : "GET",
      headers: { "x-sandbox-control": SANDBOX_CONTROL_SECRET, ...(body ? { "content-type": "application/json" } : {}) },
      data: body,
    });
    expect(response.status()).toBe(200);
    return (await response.json()) as { nowMs: number; epochMs: number };
  };
  const epochMs = Date.now() - JUMPS * JUMP_DAYS * DAY_MS;
  await clock({ nowMs: epochMs, epochMs });

  await loginThroughSandbox(page);
  const statuses: string[] = [];
  for (let jump = 1; jump <= JUMPS; jump += 1) {
    await clock({ advanceMs: JUMP_DAYS * DAY_MS });
    const response = await page.request.post("/api/sync", { headers: { Origin: baseURL! } });
    expect(response.status(), await response.text()).toBe(200);
    statuses.push(((await response.json()) as { outcome: { status: string } }).outcome.status);
  }
  // Day 6 fell in the card's failing stretch: a partial sync, and the engine went on after it.
  expect(statuses[0]).toBe("partial");
  expect(statuses.at(-1)).toBe("success");

  const { nowMs } = await clock();
  const ledger = generateLedger(SANDBOX_SEED, "kari", nowMs, { drift: true, epochMs });

  await page.goto("/accounts");
  const checks = page.getByTestId("reconciliation");
  await expect(checks).toHaveCount(ledger.accounts.length);
  for (const check of await checks.all()) await expect(check).toHaveAttribute("data-state", "matches");
  await expect(page.getByText("Matches the bank").first()).toBeVisible();

  const month = osloToday().slice(0, 7);
  await page.goto(`/?month=${month}`);
  const expected = expectedCategoryTotals(ledger, month);
  await expect(page.getByTestId("category-item")).toHaveCount(expected.size);
  for (const [category, total] of expected) {
    await expect(page.locator(`[data-testid="category-item"][data-category="${category}"]`)).toHaveAttribute("data-total", String(total));
  }
  const cashFlow = page.getByTestId("cash-flow");
  await cashFlow.getByRole("button", { name: "Show as table" }).click();
  const monthName = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
  const row = cashFlow.getByTestId("cash-flow-table").getByRole("row", { name: new RegExp(`^${monthName}`) });
  const flow = expectedCashFlow(ledger, month);
  expect((await row.getByRole("cell").allTextContents()).map(plain)).toEqual([nok(flow.income), nok(flow.spending), nok(flow.net)]);
  const balance = page.getByTestId("balance-over-time").locator("[data-last-balance]");
  await expect(balance).toHaveAttribute("data-last-balance", String(expectedNokBalance(ledger)));
});
