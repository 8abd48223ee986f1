import { expect, test } from "@playwright/test";
import { nok, plain, sandboxLedger } from "./support/expected";
import { SANDBOX_CONTROL_SECRET, STORAGE_STATE } from "./support/paths";

test.use({ storageState: STORAGE_STATE, locale: "en-GB" });

test("with the bank answering 429, the dashboard keeps showing stored data and says when it syncs next", async ({ page, request }) => {
  await page.goto("/");
  const firstAccount = sandboxLedger("kari").accounts[0]!;
  const row = page.locator(`[data-testid="account-row"][data-account-number="${firstAccount.accountNumber}"]`);
  await expect(row.getByTestId("account-balance")).toBeVisible();

  // Let the background backfill after login finish first, so the fault meets our own sync.
  await expect.poll(async () => (await (await request.get("/api/sync")).json()).status.running, { timeout: 30_000 }).toBe(false);
  await page.reload();
  const added = await request.post("/sandbox/__sandbox/faults", {
    headers: { "x-sandbox-control": SANDBOX_CONTROL_SECRET },
    data: { rules: [{ match: "*", fault: "rate-limit", retryAfterSeconds: 6, times: 1 }] },
  });
  expect(added.ok()).toBe(true);
  await page.getByRole("button", { name: "Sync now" }).click();
  await expect(page.getByTestId("sync-error")).toContainText(/rate limit/i);
  await expect(page.getByTestId("sync-error")).toContainText(/Next sync at \d{2}:\d{2}/);

  await page.reload();
  await expect(page.getByTestId("rate-limited")).toContainText(/rate limiting us.*next sync at \d{2}:\d{2}/i);
  expect(plain(await row.getByTestId("account-balance").textContent())).toBe(nok(firstAccount.balanceOre, firstAccount.currencyCode));

  // The back-off ends by itself; leave the server as we found it for the other specs.
  await expect
    .poll(async () => (await (await request.get("/api/sync")).json()).status.backoffUntil, { timeout: 15_000 })
    .toBeNull();
});
