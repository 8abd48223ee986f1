import { expect, type Page } from "@playwright/test";

/** Logs in as a new user would: Saldo's button, the sandbox's bank picker, then simulated BankID. */
export async function loginThroughSandbox(page: Page, personName = "Kari Nordmann", bankName = "SpareBank 1 SMN") {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await page.getByRole("button", { name: /Log in with SpareBank 1|Logg inn med SpareBank 1/ }).click();
  await expect(page).toHaveURL(/\/sandbox\/oauth\/authorize/);
  await page.getByRole("button", { name: bankName, exact: true }).click();
  await expect(page.getByRole("heading", { name: /BankID/ })).toBeVisible();
  await page.getByRole("button", { name: personName, exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/");
}
