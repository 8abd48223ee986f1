import { describe, expect, it } from "vitest";
import { generateLedger } from "../data";
import { api, control, createTestBank, login, truth, type TestBank } from "../test-support";

type Json = Record<string, unknown>;
const DAY = 86_400_000;
const REQUIRED = ["id", "source", "bookingStatus", "canShowDetails"];
const MERCHANT_KEYS = ["address", "country", "id", "img", "logoImg", "name", "postcode", "streetNumber"];

async function answer(t: TestBank, token: string, path: string): Promise<{ transactions: Json[]; errors: unknown[] }> {
  const response = await api(t, token, path);
  expect(response.status).toBe(200);
  return (await response.json()) as { transactions: Json[]; errors: unknown[] };
}

function keysOf(t: TestBank, person = "kari"): string {
  return truth(t, person).accounts.map((account) => `accountKey=${account.key}`).join("&");
}

describe("transaction answers as the published spec", () => {
  it("sends confidential, integer confidence, string errors and never the invented fields", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    const body = await answer(t, access_token, `/personal/banking/transactions/classified?${keysOf(t)}&fromDate=2024-01-01`);
    expect(body.errors).toEqual([]);
    expect(body.transactions.length).toBeGreaterThan(500);
    for (const item of body.transactions) {
      const row = item.transaction as Json;
      for (const field of REQUIRED) expect(row[field]).toBeDefined();
      for (const field of ["date", "amount", "accountKey", "accountNumber", "nonUniqueId"]) expect(row[field]).toBeDefined();
      expect(typeof row.confidential).toBe("boolean");
      for (const field of ["isConfidential", "originalCurrencyCode", "currencyRate", "merchant"]) expect(row).not.toHaveProperty(field);
      const categories = item.categories as { confidence: number }[];
      expect(Number.isInteger(categories[0]?.confidence)).toBe(true);
    }
  });

  it("leaves optional fields out now and then (absent, not null), the same rows every time", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    const path = `/personal/banking/transactions?${keysOf(t)}&fromDate=2024-01-01`;
    const rows = (await answer(t, access_token, path)).transactions;
    for (const field of ["cleanedDescription", "typeText", "interestDate", "accountCurrency", "currencyCode"]) {
      const missing = rows.filter((row) => !(field in row)).length / rows.length;
      expect(missing, field).toBeGreaterThan(0.01);
      expect(missing, field).toBeLessThan(0.06);
      expect(rows.some((row) => row[field] === null), field).toBe(false);
    }
    const again = (await answer(t, access_token, path)).transactions;
    expect(again.map((row) => Object.keys(row).join())).toEqual(rows.map((row) => Object.keys(row).join()));
  });

  it("sends currencyAmount only on foreign rows; amount is in the account's currency", async () => {
    const t = createTestBank();
    // Ten days after the epoch the shared account (with its summer trips abroad) is listed.
    const epochMs = t.clock.now - 10 * DAY;
    await control(t, "POST", "clock", { nowMs: t.clock.now, epochMs });
    const { access_token } = await login(t, "ola");
    const ledger = generateLedger(1, "ola", t.clock.now, { drift: true, epochMs });
    const keys = ledger.accounts.map((account) => `accountKey=${account.key}`).join("&");
    const rows = (await answer(t, access_token, `/personal/banking/transactions?${keys}&fromDate=2022-01-01&rowLimit=10000`)).transactions;
    expect(rows).toHaveLength(ledger.transactions.length);
    const currencyOf = new Map(ledger.accounts.map((account) => [account.key, account.currencyCode]));
    const foreign = rows.filter((row) => "currencyAmount" in row);
    expect(foreign.length).toBeGreaterThan(20);
    for (const row of foreign) {
      expect(row.currencyCode).not.toBe(currencyOf.get(row.accountKey as string));
      expect(Math.sign(row.currencyAmount as number)).toBe(Math.sign(row.amount as number));
    }
    expect(foreign.some((row) => row.currencyCode === "EUR" && row.accountCurrency === "NOK" && row.typeCode === "VARE")).toBe(true);
    for (const row of rows.filter((candidate) => !("currencyAmount" in candidate))) {
      if ("currencyCode" in row) expect(row.currencyCode).toBe(currencyOf.get(row.accountKey as string));
      if ("accountCurrency" in row) expect(row.accountCurrency).toBe(currencyOf.get(row.accountKey as string));
    }
  });

  it("sends merchant only on classified answers with enrichWithMerchantLogo=true, in the spec's shape", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    const window = `${keysOf(t)}&fromDate=2025-01-01&toDate=2025-06-30`;
    const plain = (await answer(t, access_token, `/personal/banking/transactions?${window}&enrichWithMerchantLogo=true`)).transactions;
    expect(plain.some((row) => "merchant" in row)).toBe(false);
    const unenriched = (await answer(t, access_token, `/personal/banking/transactions/classified?${window}`)).transactions;
    expect(unenriched.some((item) => "merchant" in (item.transaction as Json))).toBe(false);
    const enriched = (await answer(t, access_token, `/personal/banking/transactions/classified?${window}&enrichWithMerchantLogo=true`)).transactions;
    const merchants = enriched.map((item) => (item.transaction as Json).merchant as Json | undefined).filter((merchant) => merchant !== undefined);
    expect(merchants.length).toBeGreaterThan(100);
    for (const merchant of merchants) {
      expect(Object.keys(merchant).filter((key) => key !== "intermediary").sort()).toEqual(MERCHANT_KEYS);
      expect(merchant).not.toHaveProperty("categoryCode");
      expect(merchant).not.toHaveProperty("logoUrl");
    }
    const intermediary = merchants.find((merchant) => merchant.intermediary)?.intermediary as Json | undefined;
    expect(Object.keys(intermediary ?? {}).sort()).toEqual(["img", "name", "website"]);
  });
});
