// On the ledger's own server (its own bank-call budget), after the drift month: a low-balance limit
// above every balance makes each account alert once after a sync, and never again on the next.
import { expect, test } from "@playwright/test";
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
