import { createClient } from "@libsql/client";
import { expect, test, type Page } from "@playwright/test";
import { DATABASE_FILE, STORAGE_STATE } from "./support/paths";

// Runs after every other browser test (see playwright.config.ts): it deletes Kari's connection and data.
test.use({ storageState: STORAGE_STATE, locale: "nb-NO" });

async function count(table: string): Promise<number> {
  const database = createClient({ url: `file:${DATABASE_FILE}` });
  try {
    return Number((await database.execute(`SELECT COUNT(*) AS n FROM "${table}"`)).rows[0]!.n);
  } finally {
    database.close();
  }
}

async function disconnect(page: Page, deleteData: boolean) {
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Koble fra banken" });
  if (deleteData) await section.getByLabel(/Slett også alle synkroniserte data/).check();
  await section.getByRole("button", { name: "Koble fra banken" }).click();
  await expect(section.getByRole("alertdialog", { name: "Er du sikker? Dette kan ikke angres." })).toBeVisible();
  await section.getByRole("button", { name: "Ja, koble fra" }).click();
  await expect(section.getByTestId("disconnect-done")).toHaveText(
    deleteData ? "Koblet fra. Nøklene og alle synkroniserte data er slettet." : "Koblet fra. Nøklene er slettet.",
  );
}

async function loginAgain(page: Page) {
  await page.goto("/login?reconnect=1");
  await page.getByRole("button", { name: "Logg inn med SpareBank 1" }).click();
  await page.getByRole("button", { name: "SpareBank 1 SMN", exact: true }).click();
  await page.getByRole("button", { name: "Kari Nordmann", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

test("disconnect takes two steps; it deletes the tokens, and on request every synced row", async ({ page }) => {
  const accounts = await count("Account");
  expect(accounts).toBeGreaterThan(0);

  // A first click only asks; cancelling changes nothing.
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Koble fra banken" });
  await section.getByRole("button", { name: "Koble fra banken" }).click();
  await section.getByRole("button", { name: "Avbryt" }).click();
  await expect(section.getByRole("alertdialog")).toHaveCount(0);
  expect(await count("BankConnection")).toBe(1);

  // Tokens only: the stored data stays and the overview still shows it.
  await disconnect(page, false);
  expect(await count("BankConnection")).toBe(0);
  expect(await count("Account")).toBe(accounts);
  await page.goto("/settings");
  await expect(page.getByTestId("connection-status")).toHaveText("Ikke tilkoblet.");
  await page.goto("/");
  await expect(page.getByTestId("total-balance")).toBeVisible();

  // Everything: no account, row, snapshot or chart is left.
  await loginAgain(page);
  expect(await count("BankConnection")).toBe(1);
  await disconnect(page, true);
  for (const table of ["BankConnection", "Account", "Transaction", "BalanceSnapshot", "SyncState"]) expect(await count(table), table).toBe(0);
  await page.goto("/");
  await expect(page.getByTestId("total-balance")).toHaveCount(0);
  await expect(page.getByTestId("spending-by-category")).toHaveCount(0);
  await expect(page.getByText("Ingen kontoer ennå.", { exact: false })).toBeVisible();
  // No new login after this: its first sync and backfill would spend the bank-call budget the
  // fuzz run after it does not need.
});
