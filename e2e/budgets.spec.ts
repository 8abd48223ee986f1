import { expect, test } from "@playwright/test";
import { sandboxLedger } from "./support/expected";
import { expectedCategoryTotals, osloToday } from "./support/expected-series";
import { STORAGE_STATE } from "./support/paths";

test.use({ storageState: STORAGE_STATE, locale: "en-GB" });

const addMonths = (month: string, months: number) => {
  const [year, index] = month.split("-").map(Number) as [number, number];
  const date = new Date(Date.UTC(year, index - 1 + months, 1));
  return date.toISOString().slice(0, 7);
};
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

test("a budget set from its suggestion shows spent and left as the sandbox's ledger has them; bad input is refused per field", async ({ page }) => {
  const month = osloToday().slice(0, 7);
  const ledger = sandboxLedger("kari");
  // The suggestion, worked out from the sandbox's own rows: the median of six complete months, up to whole hundreds.
  const history = Array.from({ length: 6 }, (_, index) => expectedCategoryTotals(ledger, addMonths(month, index - 6)).get("GROCERIES") ?? 0);
  const suggested = Math.ceil(median(history) / 100_00) * 100_00;
  const spent = expectedCategoryTotals(ledger, month).get("GROCERIES") ?? 0;

  await page.goto("/budgets");
  await expect(page.getByTestId("budget-month")).toHaveAttribute("data-month", month);
  const suggestion = page.locator('[data-testid="budget-suggestions"] li[data-category="GROCERIES"]');
  await expect(suggestion).toHaveAttribute("data-amount", String(suggested));
  await suggestion.getByTestId("use-suggestion").click();

  const line = page.locator('[data-testid="budget-line"][data-category="GROCERIES"]');
  await expect(line).toHaveAttribute("data-budget", String(suggested));
  await expect(line).toHaveAttribute("data-spent", String(spent));
  await expect(line).toHaveAttribute("data-left", String(suggested - spent));
  await expect(line.getByRole("progressbar")).toBeVisible();

  // Bad input: each field says what is wrong, and nothing changes.
  const form = page.getByTestId("budget-form");
  await form.getByLabel("Category", { exact: true }).selectOption("GROCERIES");
  for (const [typed, message] of [
    ["-500", "cannot be negative"],
    ["three thousand", "must be a number"],
    ["1234567890123", "at most 12 digits"],
    ["", "Enter an amount"],
  ] as const) {
    await form.getByLabel("Amount per month (kr)").fill(typed);
    await form.getByRole("button", { name: "Save budget" }).click();
    await expect(page.getByTestId("budget-error-amount")).toContainText(message);
    // Read out where a screen reader listens, and the field that needs fixing has the focus.
    await expect(page.getByTestId("budget-form-status")).toContainText(message);
    await expect(form.getByLabel("Amount per month (kr)")).toBeFocused();
  }
  await expect(line).toHaveAttribute("data-budget", String(suggested));

  // A valid edit with rollover, then the month after shows it too; the month is in the URL.
  await form.getByLabel("Amount per month (kr)").fill("4 500");
  await form.getByRole("button", { name: "Save budget" }).click();
  await expect(line).toHaveAttribute("data-budget", "450000");
  await page.getByRole("link", { name: /Previous month/ }).click();
  await expect(page).toHaveURL(new RegExp(`month=${addMonths(month, -1)}`));
  await expect(page.getByTestId("budget-month")).toHaveAttribute("data-month", addMonths(month, -1));
  await page.goto("/budgets?month=garbage");
  await expect(page.getByRole("status").filter({ hasText: "Unknown month" })).toBeVisible();

  // The overview's card shows the budgets closest to their limit.
  await page.goto("/");
  await expect(page.getByTestId("budgets-card").locator('[data-testid="budget-line"][data-category="GROCERIES"]')).toHaveAttribute("data-spent", String(spent));

  // Clean up for the other specs: the budget goes.
  await page.goto("/budgets");
  await line.getByRole("button", { name: /Remove/ }).click();
  await expect(line).toHaveCount(0);
});
