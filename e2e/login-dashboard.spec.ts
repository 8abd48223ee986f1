import fs from "node:fs";
import { createClient } from "@libsql/client";
import { expect, test } from "@playwright/test";
import { nok, personByName, plain, sandboxLedger } from "./support/expected";
import { recordIssuedTokens } from "./support/issued-tokens";
import { DATABASE_FILE, SERVER_LOG } from "./support/paths";
import { loginThroughSandbox } from "./support/sandbox-login";

test.use({ locale: "nb-NO" });

test("a new user logs in through the sandbox bank, sees every account, and signs out; no token leaks", async ({ page, context }) => {
  const recorder = recordIssuedTokens();
  const bodies: string[] = [];
  page.on("response", async (response) => {
    const headers = Object.entries(await response.allHeaders()).map(([name, value]) => `${name}: ${value}`);
    bodies.push(response.url(), ...headers);
    try {
      bodies.push(await response.text());
    } catch {
      // Redirects and aborted responses have no body to read.
    }
  });

  await loginThroughSandbox(page, "Kari Nordmann");
  await expect(page.getByRole("heading", { name: "Oversikt" })).toBeVisible();

  // Every account of the person, with balance and available balance, as the sandbox bank has them.
  const ledger = sandboxLedger(personByName("Kari Nordmann").id);
  const rows = page.getByTestId("account-row");
  await expect(rows).toHaveCount(ledger.accounts.length);
  for (const account of ledger.accounts) {
    const row = page.locator(`[data-testid="account-row"][data-account-number="${account.accountNumber}"]`);
    await expect(row.getByTestId("account-name")).toHaveText(account.description || account.name);
    expect(plain(await row.getByTestId("account-balance").textContent())).toBe(nok(account.balanceOre, account.currencyCode));
    expect(plain(await row.getByTestId("account-available").textContent())).toBe(nok(account.availableBalanceOre, account.currencyCode));
  }
  const nokTotal = ledger.accounts.filter((account) => account.currencyCode === "NOK").reduce((sum, account) => sum + account.balanceOre, 0);
  expect(plain(await page.getByTestId("total-balance").textContent())).toBe(nok(nokTotal));
  await expect(page.getByTestId("last-synced")).not.toHaveText("aldri");

  // The browser holds a session cookie and nothing else of ours that could carry a token.
  const cookies = await context.cookies();
  expect(cookies.some((cookie) => cookie.name.includes("authjs.session-token"))).toBe(true);

  // Sign out ends the server-side session: the dashboard and the API refuse the old cookie.
  const sessionCookie = cookies.find((cookie) => cookie.name.includes("authjs.session-token"))!;
  await page.getByRole("banner").getByRole("button", { name: "Meny" }).click();
  await page.getByRole("menuitem", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  const replay = await page.request.get("/api/accounts", {
    headers: { Cookie: `${sessionCookie.name}=${sessionCookie.value}` },
  });
  expect(replay.status()).toBe(401);
  expect((await replay.json()).error.code).toBe("unauthenticated");

  // No access or refresh token the bank issued during the test, revoked ones included, in any
  // response, header, cookie, server log line or database row.
  const tokens = recorder.stop();
  expect(tokens.length).toBeGreaterThanOrEqual(2);
  const serverLog = fs.readFileSync(SERVER_LOG, "utf8");
  const cookieText = JSON.stringify([...cookies, ...(await context.cookies())]);
  // Integers as text: the search index's own tables hold 64-bit values a JavaScript number cannot.
  const database = createClient({ url: `file:${DATABASE_FILE}`, intMode: "string" });
  const dump: string[] = [];
  for (const table of (await database.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows) {
    const rowsOfTable = await database.execute(`SELECT * FROM "${String(table.name)}"`);
    dump.push(JSON.stringify(rowsOfTable.rows));
  }
  const connection = await database.execute('SELECT "accessTokenEnc", "refreshTokenEnc" FROM "BankConnection"');
  database.close();
  expect(connection.rows.length).toBe(1);
  expect(String(connection.rows[0]!.refreshTokenEnc)).toMatch(/^v1\./);
  const haystacks = { responses: bodies.join("\n"), cookies: cookieText, serverLog, database: dump.join("\n") };
  for (const token of tokens) {
    for (const [where, text] of Object.entries(haystacks)) {
      expect(text.includes(token), `a bank token appeared in ${where}`).toBe(false);
    }
  }
});
