import { parse } from "csv-parse/sync";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { sandboxLedger } from "./support/expected";
import { expectedCategoryTotals, lastDayOfMonth, osloToday, previousMonth } from "./support/expected-series";
import { STORAGE_STATE } from "./support/paths";
import { exportCsv } from "../sandbox/api/csv-export";
import { OWN_DATA_PAGES, OWN_DATA_ROUTES } from "./support/fuzz-targets-own-data";

test.use({ storageState: STORAGE_STATE, locale: "nb-NO" });
// These flows sync, restore and read every row: room for a loaded machine.
test.describe.configure({ timeout: 240_000 });

interface Row {
  id: string;
  bookingDate: string;
  amount: number;
  status: string;
  description: string;
  merchantName: string | null;
  isOwnTransfer: boolean;
  category: { main: string; mainLabel: string | null } | null;
  bank: { category: { main: string } | null; merchantName: string | null; isOwnTransfer: boolean };
  splits: unknown[];
}

async function allRows(request: APIRequestContext, query: string): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams(query);
    params.set("limit", "500");
    if (cursor) params.set("cursor", cursor);
    const response = await request.get(`/api/transactions?${params}`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { transactions: Row[]; nextCursor: string | null };
    rows.push(...body.transactions);
    cursor = body.nextCursor;
  } while (cursor);
  return rows;
}

const chartTotal = async (page: Page, category: string) =>
  Number(await page.locator(`[data-testid="category-item"][data-category="${category}"]`).getAttribute("data-total"));

const month = previousMonth(osloToday());
const monthEnd = lastDayOfMonth(month);
let ruleId: string | null = null;
let corrected: Row | null = null;
let target = "";

test.afterAll(async ({ browser, baseURL }) => {
  // Later specs compare the charts with the sandbox's own figures: leave the bank's values as they were.
  const context = await browser.newContext({ storageState: STORAGE_STATE });
  const headers = { Origin: baseURL!, "Content-Type": "application/json" };
  const rules = (await (await context.request.get("/api/rules")).json()) as { rules: { id: string }[] };
  for (const rule of rules.rules) await context.request.delete(`/api/rules/${rule.id}`, { headers });
  if (corrected) await context.request.put(`/api/transactions/${corrected.id}/correction`, { headers, data: {} });
  await context.close();
});

test("recategorize a row: the category chart moves by exactly its amount; a rule from it recategorizes all it previews; a sync keeps both", async ({ page, baseURL }) => {
  const expected = expectedCategoryTotals(sandboxLedger("kari"), month);
  await page.goto(`/?month=${month}`);
  for (const [category, total] of expected) expect(await chartTotal(page, category)).toBe(total);

  // A spending row of the month in one category, moved to another category the month has.
  const categories = [...expected.keys()].filter((key) => key !== "none");
  const rows = await allRows(page.request, `from=${month}-01&to=${monthEnd}&direction=out`);
  const row = rows.find((candidate) => !candidate.isOwnTransfer && candidate.category && categories.includes(candidate.category.main) && candidate.merchantName);
  expect(row, "a categorised spending row with a merchant").toBeTruthy();
  corrected = row!;
  const source = row!.category!.main;
  target = categories.find((key) => key !== source)!;

  await page.goto(`/transactions?from=${row!.bookingDate}&to=${row!.bookingDate}`);
  const item = page.locator(`[data-testid="transaction-row"][data-id="${row!.id}"]`);
  await item.getByRole("button").first().click();
  await item.getByTestId("correct-button").click();
  const form = item.getByTestId("correction-form");
  await form.getByLabel("Kategori", { exact: true }).selectOption(target);
  await form.getByRole("button", { name: "Lagre" }).click();
  await expect(form.getByTestId("correction-status")).toHaveText("Lagret.");
  await expect(item).toHaveAttribute("data-category", target);

  await page.goto(`/?month=${month}`);
  const amount = -row!.amount;
  expect(await chartTotal(page, target)).toBe(expected.get(target)! + amount);
  const sourceLeft = expected.get(source)! - amount;
  if (sourceLeft === 0) await expect(page.locator(`[data-testid="category-item"][data-category="${source}"]`)).toHaveCount(0);
  else expect(await chartTotal(page, source)).toBe(sourceLeft);

  // Create a rule from the corrected row: preview N, save, and all N carry the new category.
  await page.goto(`/transactions?from=${row!.bookingDate}&to=${row!.bookingDate}`);
  await item.getByRole("button").first().click();
  await item.getByTestId("correct-button").click();
  await item.getByTestId("create-rule").click();
  await expect(page).toHaveURL(/\/rules\?from=/);
  const editor = page.getByTestId("rule-editor");
  await expect(editor.getByLabel("Brukersted inneholder")).toHaveValue(row!.bank.merchantName!);
  await editor.getByTestId("rule-preview").click();
  const count = Number(await page.getByTestId("rule-preview-count").getAttribute("data-count"));
  expect(count).toBeGreaterThanOrEqual(1);
  await editor.getByTestId("rule-save").click();
  await expect(page.getByTestId("rule-status")).toContainText(`${count} transaksjoner`);
  await expect(page.getByTestId("rule-item")).toHaveCount(1);

  const matching = (list: Row[]) => list.filter((candidate) => candidate.amount < 0 && (candidate.bank.merchantName ?? "").toLowerCase().includes(row!.bank.merchantName!.toLowerCase()));
  const after = matching(await allRows(page.request, ""));
  expect(after).toHaveLength(count);
  expect(after.every((candidate) => candidate.category?.main === target)).toBe(true);
  // The bank's own values are kept beside the effective ones.
  expect(after.find((candidate) => candidate.id === row!.id)?.bank.category?.main).toBe(source);

  // Sync again: the correction and the rule's results stay.
  await expect.poll(async () => (await page.request.post("/api/sync", { headers: { Origin: baseURL! } })).status(), { timeout: 30_000 }).toBe(200);
  const synced = matching(await allRows(page.request, ""));
  expect(synced.length).toBeGreaterThanOrEqual(count);
  expect(synced.every((candidate) => candidate.category?.main === target)).toBe(true);
  await page.goto(`/?month=${month}`);
  expect(await chartTotal(page, target)).toBeGreaterThanOrEqual(expected.get(target)! + amount);

  // The rule reads in the owner's words and can be edited: another category, previewed and saved,
  // moves every matching row again.
  await page.goto("/rules");
  const listed = page.getByTestId("rule-item");
  await expect(listed).toContainText(`brukersted inneholder “${row!.bank.merchantName!}”`);
  await listed.getByTestId("rule-edit").click();
  await expect(page).toHaveURL(/\/rules\?edit=/);
  await expect(editor).toHaveAttribute("data-editing", /.+/);
  await expect(editor.getByLabel("Brukersted inneholder")).toHaveValue(row!.bank.merchantName!);
  const retarget = categories.find((key) => key !== source && key !== target)!;
  await editor.getByLabel("Sett kategori").selectOption(retarget);
  await editor.getByTestId("rule-preview").click();
  const editedCount = Number(await page.getByTestId("rule-preview-count").getAttribute("data-count"));
  expect(editedCount).toBe(synced.length);
  await editor.getByTestId("rule-save").click();
  await expect(page.getByTestId("rule-status")).toContainText(`endret og brukt på ${editedCount}`);
  await expect(page.getByTestId("rule-item")).toHaveCount(1);
  const edited = matching(await allRows(page.request, ""));
  // The corrected row keeps the owner's own category: a correction wins over every rule.
  expect(edited.filter((candidate) => candidate.id !== row!.id).every((candidate) => candidate.category?.main === retarget)).toBe(true);
  expect(edited.find((candidate) => candidate.id === row!.id)?.category?.main).toBe(target);

  // Removing the rule and the correction restores the bank's values and the sandbox's own figures.
  const rules = (await (await page.request.get("/api/rules")).json()) as { rules: { id: string }[] };
  ruleId = rules.rules[0]!.id;
  const headers = { Origin: baseURL!, "Content-Type": "application/json" };
  expect((await page.request.delete(`/api/rules/${ruleId}`, { headers })).status()).toBe(200);
  expect((await page.request.put(`/api/transactions/${row!.id}/correction`, { headers, data: {} })).status()).toBe(200);
  await page.goto(`/?month=${month}`);
  for (const [category, total] of expected) expect(await chartTotal(page, category)).toBe(total);
});

test("CSV export of a filtered view parses back to the same rows and sum, in both dialects", async ({ page }) => {
  const query = `from=${month}-01&to=${monthEnd}&direction=out`;
  await page.goto(`/transactions?${query}`);
  const links = page.getByTestId("export-links").getByRole("link");
  await expect(links).toHaveCount(2);
  const json = await allRows(page.request, query);
  expect(json.length).toBeGreaterThan(0);
  const sum = json.reduce((total, row) => total + row.amount, 0);
  for (const [index, dialect] of [
    [0, { delimiter: ",", bom: false, decimal: "." }],
    [1, { delimiter: ";", bom: true, decimal: "," }],
  ] as const) {
    const href = await links.nth(index).getAttribute("href");
    expect(href).toContain("direction=out");
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const text = (await response.body()).toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(dialect.bom);
    const records = parse(text, { delimiter: dialect.delimiter, bom: true }) as string[][];
    const body = records.slice(1);
    expect(body.map((record) => record[15])).toEqual(json.map((row) => row.id));
    expect(body.map((record) => record[3])).toEqual(json.map((row) => row.description));
    const csvSum = body.reduce((total, record) => total + Math.round(Number(record[7]!.replace(dialect.decimal, ".")) * 100), 0);
    expect(csvSum).toBe(sum);
  }
});

test("corrections refuse bad input with the field named, cross-site requests and strangers' ids", async ({ page, baseURL }) => {
  const headers = { Origin: baseURL!, "Content-Type": "application/json" };
  const [row] = await allRows(page.request, `from=${month}-01&to=${monthEnd}&direction=out`);
  const wrongSign = await page.request.put(`/api/transactions/${row!.id}/correction`, { headers, data: { splits: [{ amount: row!.amount - 1, category: null }, { amount: 1, category: null }] } });
  expect(wrongSign.status()).toBe(400);
  expect(((await wrongSign.json()) as { error: { message: string } }).error.message).toMatch(/splits.*part 2/);
  const notWhole = await page.request.put(`/api/transactions/${row!.id}/correction`, { headers, data: { splits: [{ amount: 1.5, category: null }, { amount: -1, category: null }] } });
  expect(((await notWhole.json()) as { error: { message: string } }).error.message).toMatch(/splits\.0\.amount/);
  expect((await allRows(page.request, `from=${row!.bookingDate}&to=${row!.bookingDate}`)).find((candidate) => candidate.id === row!.id)?.splits).toEqual([]);
  const wrongSum = await page.request.put(`/api/transactions/${row!.id}/correction`, { headers, data: { splits: [{ amount: -1, category: null }, { amount: -1, category: null }] } });
  expect(wrongSum.status()).toBe(400);
  const crossSite = await page.request.put(`/api/transactions/${row!.id}/correction`, { headers: { ...headers, Origin: "https://evil.example" }, data: {} });
  expect(crossSite.status()).toBe(403);
  const unknown = await page.request.put(`/api/transactions/nope/correction`, { headers, data: {} });
  expect(unknown.status()).toBe(404);
  const badRule = await page.request.post("/api/rules", { headers, data: { name: "x", conditions: {}, actions: { exclude: true } } });
  expect(badRule.status()).toBe(400);
  const notJson = await page.request.post("/api/rules/preview", { headers: { Origin: baseURL!, "Content-Type": "text/plain" }, data: "{" });
  expect(notJson.status()).toBe(400);
  const badFormat = await page.request.get("/api/transactions/export?format=xls");
  expect(badFormat.status()).toBe(400);
});

test("backup → restore round trip: the file holds no secrets and every view is equal afterwards", async ({ page, baseURL }) => {
  const before = await allRows(page.request, "");
  const download = await page.request.get("/api/backup");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/attachment; filename="saldo-backup-/);
  const file = await download.text();
  expect(file).not.toMatch(/accessToken|refreshToken|sessionToken|secret/i);
  const backup = JSON.parse(file) as { format: string; version: number; transactions: unknown[] };
  expect(backup).toMatchObject({ format: "saldo-backup", version: 1 });
  expect(backup.transactions).toHaveLength(before.length);

  const restored = await page.request.post("/api/backup", { headers: { Origin: baseURL!, "Content-Type": "application/json" }, data: file });
  expect(restored.status()).toBe(200);
  expect(await allRows(page.request, "")).toEqual(before);
  const again = JSON.parse(await (await page.request.get("/api/backup")).text()) as Record<string, unknown>;
  expect({ ...again, createdAt: "" }).toEqual({ ...(JSON.parse(file) as Record<string, unknown>), createdAt: "" });

  const expected = expectedCategoryTotals(sandboxLedger("kari"), month);
  await page.goto(`/?month=${month}`);
  for (const [category, total] of expected) expect(await chartTotal(page, category)).toBe(total);

  // A broken file changes nothing and names the problem.
  const broken = await page.request.post("/api/backup", { headers: { Origin: baseURL!, "Content-Type": "application/json" }, data: { ...JSON.parse(file), version: 99 } });
  expect(broken.status()).toBe(400);
  expect(((await broken.json()) as { error: { message: string } }).error.message).toMatch(/version/);
  expect(await allRows(page.request, "")).toHaveLength(before.length);
  // A file over 10 MB (years of history; Next.js's proxy has a 10 MB body limit of its own) restores whole.
  const large = await page.request.post("/api/backup", { headers: { Origin: baseURL!, "Content-Type": "application/json" }, data: file + " ".repeat(11 * 1024 * 1024) });
  expect(large.status(), await large.text()).toBe(200);
  expect(await allRows(page.request, "")).toHaveLength(before.length);
  // A file the store's unique rules would refuse half-way changes nothing either (it answered 500 before).
  const parsed = JSON.parse(file) as { accounts: { accountNumber: string }[] };
  const twice = { ...parsed, accounts: parsed.accounts.map((account, index) => (index === 1 ? { ...account, accountNumber: parsed.accounts[0]!.accountNumber } : account)) };
  const refused = await page.request.post("/api/backup", { headers: { Origin: baseURL!, "Content-Type": "application/json" }, data: twice });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/accounts\.1: the account number .+ appears twice/);
  expect(await allRows(page.request, "")).toHaveLength(before.length);
});

test("import of the bank's CSV that overlaps synced rows adds only the older ones, once", async ({ page, baseURL }) => {
  const headers = { Origin: baseURL!, "Content-Type": "application/json" };
  // Restoring this backup at the end puts the store back as the later specs expect it.
  const backup = await (await page.request.get("/api/backup")).text();
  const digits = (value: string) => value.replace(/\D/g, "");
  const { accounts } = (await (await page.request.get("/api/accounts")).json()) as { accounts: { id: string; accountNumber: string }[] };
  const ledger = sandboxLedger("kari");
  const account = accounts.find((candidate) => ledger.transactions.filter((row) => digits(row.accountNumber) === digits(candidate.accountNumber) && row.status === "BOOKED").length > 20)!;
  const stored = await allRows(page.request, `account=${account.id}`);
  const oldest = stored.map((row) => row.bookingDate).sort()[0]!;
  const inFirstMonth = (day: string) => day >= oldest && day <= lastDayOfMonth(oldest.slice(0, 7));
  const overlap = ledger.transactions.filter((row) => digits(row.accountNumber) === digits(account.accountNumber) && row.status === "BOOKED" && inFirstMonth(row.osloDate));
  expect(overlap.length).toBeGreaterThan(0);
  const before = new Date(`${oldest}T12:00:00Z`);
  const older = overlap.slice(0, 4).map((row, index) => {
    const day = new Date(before.getTime() - (index + 1) * 86_400_000 * 3).toISOString().slice(0, 10);
    return { ...row, osloDate: day, interestOsloDate: day, description: `${row.description} (eldre)` };
  });
  const csv = exportCsv([...older, ...overlap]);

  const preview = await page.request.post("/api/import", { headers, data: { accountId: account.id, csv } });
  expect(preview.status()).toBe(200);
  const summary = (await preview.json()) as { committed: boolean; add: number; matched: number; skipped: number };
  expect(summary).toMatchObject({ committed: false, add: older.length, matched: overlap.length, skipped: 0 });
  expect(await allRows(page.request, `account=${account.id}`)).toHaveLength(stored.length);

  const committed = await page.request.post("/api/import", { headers, data: { accountId: account.id, csv, commit: true } });
  expect(((await committed.json()) as { add: number }).add).toBe(older.length);
  const after = await allRows(page.request, `account=${account.id}`);
  expect(after).toHaveLength(stored.length + older.length);
  expect(after.filter((row) => row.description.endsWith("(eldre)")).map((row) => row.amount).sort()).toEqual(older.map((row) => row.amountOre).sort());
  // The same file again adds nothing; a sync keeps the imported rows and doubles nothing.
  const again = (await (await page.request.post("/api/import", { headers, data: { accountId: account.id, csv, commit: true } })).json()) as { add: number };
  expect(again.add).toBe(0);
  await expect.poll(async () => (await page.request.post("/api/sync", { headers: { Origin: baseURL! } })).status(), { timeout: 30_000 }).toBe(200);
  expect(await allRows(page.request, `account=${account.id}`)).toHaveLength(after.length);

  // A malformed file is refused with its line and reason, and changes nothing.
  const broken = csv.replace(/\r\n(\d{2}\.\d{2}\.\d{4});/, "\r\n31.02.2020;");
  const refused = await page.request.post("/api/import", { headers, data: { accountId: account.id, csv: broken, commit: true } });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/^Line 2: "31\.02\.2020" is not a date/);

  expect((await page.request.post("/api/backup", { headers, data: backup })).status()).toBe(200);
  expect(await allRows(page.request, `account=${account.id}`)).toHaveLength(stored.length);
});

test("a short fuzz of the new routes and pages: no answer is 5xx and nothing changes", async ({ page, baseURL }) => {
  const before = await allRows(page.request, "");
  let seed = 14;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const junk: unknown[] = [
    null, 0, -1, 1.5, 1e309, "", "x".repeat(300_000), [], {}, { conditions: {} }, { conditions: { minAmount: -1 } },
    { conditions: { descriptionMatches: "*".repeat(100) } }, { name: "x", conditions: { descriptionContains: "a" }, actions: { setCategory: { main: "" } } },
    { splits: [{ amount: 1 }] }, { splits: "a" }, { tags: ["a,b"] }, { category: { main: "X" } }, { direction: "sideways" },
    { accountId: "../../etc", csv: "Dato;Beskrivelse" }, { accountId: "x", csv: "\uFEFF" }, { format: "saldo-backup", version: 1 },
    { __proto__: { polluted: true } }, { constructor: { prototype: { polluted: true } } },
  ];
  const paths = [...OWN_DATA_ROUTES, "/api/transactions/export?format=excel&min=abc", "/api/transactions/export?format=csv&format=csv", "/api/rules/%00/move", "/api/transactions/%2e%2e/correction"];
  const failures: string[] = [];
  for (let index = 0; index < 300; index += 1) {
    const method = pick(["GET", "POST", "PUT", "DELETE", "PATCH"]);
    const path = pick(paths);
    const body = pick(junk);
    const contentType = pick(["application/json", "text/plain", "application/x-www-form-urlencoded"]);
    const response = await page.request.fetch(path, {
      method,
      headers: { Origin: pick([baseURL!, "https://evil.example"]), "Content-Type": contentType },
      data: method === "GET" ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      failOnStatusCode: false,
    });
    if (response.status() >= 500) failures.push(`${method} ${path} ${JSON.stringify(body)?.slice(0, 80)} → ${response.status()}`);
  }
  for (const path of OWN_DATA_PAGES) {
    const response = await page.request.get(path);
    if (response.status() >= 500) failures.push(`GET ${path} → ${response.status()}`);
  }
  expect(failures).toEqual([]);
  expect(await allRows(page.request, "")).toEqual(before);
});
