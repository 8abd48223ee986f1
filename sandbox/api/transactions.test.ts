import { describe, expect, it } from "vitest";
import { osloMidnightMs } from "../data";
import type { SandboxTransaction } from "../data/types";
import { api, createTestBank, login, truth, type TestBank } from "../test-support";

interface RowJson { id: string; nonUniqueId: string; date: number; interestDate: number; amount: number; description: string; bookingStatus: string; accountKey: string; accountNumber: { value: string; formatted: string; unformatted: string }; source: string }
interface ClassifiedJson { transaction: RowJson; categories: { main: string; mainI18n: string; sub: string; subI18n: string; confidence: number }[]; recurring: boolean; subscription: boolean }

function setup(t: TestBank, person = "kari") {
  const ledger = truth(t, person);
  const key = (kind: string) => ledger.accounts.find((account) => account.kind === kind)?.key ?? "";
  return { ledger, key };
}

async function rows(t: TestBank, token: string, query: string): Promise<RowJson[]> {
  const response = await api(t, token, `/personal/banking/transactions?${query}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { transactions: RowJson[] }).transactions;
}

describe("transactions API", () => {
  it("requires accountKey and rejects the accountKey[] form", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    const { key } = setup(t);
    for (const query of ["", `accountKey[]=${key("checking")}`, "accountKey="]) {
      const response = await api(t, access_token, `/personal/banking/transactions?${query}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe("Field cannot be null");
    }
  });

  it("accepts repeated accountKey, sorts newest first and honours window and rowLimit", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    const { ledger, key } = setup(t);
    const keys = [key("checking"), key("creditcard")];
    const query = `accountKey=${keys[0]}&accountKey=${keys[1]}&fromDate=2025-06-01&toDate=2025-06-30`;
    const june = await rows(t, access_token, query);
    const expected = ledger.transactions.filter((row) => keys.includes(row.accountKey) && row.osloDate >= "2025-06-01" && row.osloDate <= "2025-06-30");
    expect(june).toHaveLength(expected.length);
    expect(new Set(june.map((row) => row.accountKey))).toEqual(new Set(keys));
    const dates = june.map((row) => row.date);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(dates[0]).toBe(osloMidnightMs("2025-06-30"));
    const limited = await rows(t, access_token, `${query}&rowLimit=5`);
    expect(limited.map((row) => row.id)).toEqual(june.slice(0, 5).map((row) => row.id));
    const defaultWindow = await rows(t, access_token, `accountKey=${keys[0]}`);
    expect(defaultWindow.every((row) => row.date >= osloMidnightMs("2025-10-13"))).toBe(true);
    expect(defaultWindow.length).toBeGreaterThan(20);
    for (const bad of ["fromDate=2025-13-01", "toDate=20250101", "rowLimit=0", "rowLimit=abc", "fromDate=2025-07-01&toDate=2025-06-01", "source=SOMETIMES"]) {
      expect((await api(t, access_token, `/personal/banking/transactions?accountKey=${keys[0]}&${bad}`)).status).toBe(400);
    }
  });

  it("splits RECENT and HISTORIC at 90 days", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    const checking = setup(t).key("checking");
    const window = `accountKey=${checking}&fromDate=2025-01-01&toDate=2025-11-12`;
    const all = await rows(t, access_token, window);
    const recent = await rows(t, access_token, `${window}&source=RECENT`);
    const historic = await rows(t, access_token, `${window}&transactionSource=HISTORIC`);
    expect(recent.length + historic.length).toBe(all.length);
    expect(recent.every((row) => row.date >= osloMidnightMs("2025-08-14"))).toBe(true);
    expect(historic.every((row) => row.source === "HISTORIC")).toBe(true);
  });

  it("serializes rows like SpareBank 1 and keeps ids per login", async () => {
    const t = createTestBank();
    const first = await login(t);
    const second = await login(t);
    const { ledger, key } = setup(t);
    const query = `accountKey=${key("checking")}&fromDate=2025-03-25&toDate=2025-04-05`;
    const a = await rows(t, first.access_token, query);
    const b = await rows(t, second.access_token, query);
    const withoutId = (row: RowJson) => ({ ...row, id: undefined });
    expect(a.map(withoutId)).toEqual(b.map(withoutId));
    a.forEach((row, index) => {
      expect(row.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(row.id).not.toBe(b[index]?.id);
    });
    const sample = a.find((row) => row.bookingStatus === "BOOKED");
    expect(sample?.accountNumber.value).toBe(ledger.accounts[0]?.accountNumber);
    expect(sample?.accountNumber.formatted).toMatch(/^\d{4}\.\d{2}\.\d{5}$/);
    expect(a.some((row) => row.date === osloMidnightMs("2025-03-30") || row.date === osloMidnightMs("2025-03-31"))).toBe(true);

    const detail = await api(t, first.access_token, `/personal/banking/transactions/${a[0]?.id}/details`);
    expect(detail.status).toBe(200);
    const detailJson = (await detail.json()) as { date: string; interestDate: string; amount: number };
    expect(detailJson.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(detailJson.amount).toBe(a[0]?.amount);
    const foreign = await api(t, second.access_token, `/personal/banking/transactions/${a[0]?.id}/details`);
    expect(foreign.status).toBe(404);
    const classifiedDetail = (await (await api(t, first.access_token, `/personal/banking/transactions/${a[0]?.id}/details/classified`)).json()) as ClassifiedJson;
    expect(classifiedDetail.categories).toHaveLength(1);
  });

  it("wraps classified rows with categories", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    const { ledger, key } = setup(t);
    const response = await api(t, access_token, `/personal/banking/transactions/classified?accountKey=${key("checking")}&fromDate=2025-01-01&toDate=2025-06-30&enrichWithMerchantLogo=true`);
    const wrapped = ((await response.json()) as { transactions: ClassifiedJson[] }).transactions;
    const byDateAmount = (row: SandboxTransaction) => `${osloMidnightMs(row.osloDate)}|${row.amountOre / 100}|${row.description}`;
    // Identical twin rows may be categorised differently, so compare against every candidate.
    const expected = new Map<string, Set<string>>();
    for (const row of ledger.transactions) expected.set(byDateAmount(row), (expected.get(byDateAmount(row)) ?? new Set()).add(row.categoryMain));
    for (const item of wrapped) {
      const mains = expected.get(`${item.transaction.date}|${item.transaction.amount}|${item.transaction.description}`);
      expect(mains?.has(item.categories[0]?.main ?? "")).toBe(true);
      expect(Number.isInteger(item.categories[0]?.confidence)).toBe(true);
      expect(item.categories[0]?.confidence).toBeGreaterThanOrEqual(0);
      expect(item.categories[0]?.confidence).toBeLessThanOrEqual(100);
      expect(typeof item.recurring).toBe("boolean");
    }
    expect(wrapped.some((item) => item.categories[0]?.mainI18n === "Dagligvarer")).toBe(true);
  });

  it("refuses other people's accounts and unknown keys", async () => {
    const t = createTestBank();
    const { access_token } = await login(t, "kari");
    const olaKey = setup(t, "ola").key("checking");
    expect((await api(t, access_token, `/personal/banking/transactions?accountKey=${olaKey}`)).status).toBe(403);
    expect((await api(t, access_token, `/personal/banking/transactions?accountKey=nobody`)).status).toBe(404);
  });

  it("shows the newest card purchases as PENDING with a rawer description", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    const { key } = setup(t);
    const recent = await rows(t, access_token, `accountKey=${key("checking")}&accountKey=${key("creditcard")}&fromDate=2025-11-09&toDate=2025-11-12`);
    const pending = recent.filter((row) => row.bookingStatus === "PENDING");
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((row) => row.date >= osloMidnightMs("2025-11-11") && /^(VISA VARE|MASTERCARD) \d{6} /.test(row.description) && row.nonUniqueId === "00000000000")).toBe(true);
  });

  it("exports booked rows as Norwegian CSV", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    const { ledger, key } = setup(t);
    const checking = key("checking");
    // October holds a salary (the 24th: the 25th is a Saturday).
    const path = `/personal/banking/transactions/export?accountKey=${checking}&fromDate=2025-10-01&toDate=2025-11-12`;
    expect((await api(t, access_token, path)).status).toBe(406);
    expect((await api(t, access_token, `/personal/banking/transactions/export?accountKey=${checking}&fromDate=2025-11-01`, { accept: "application/csv" })).status).toBe(400);
    const response = await api(t, access_token, path, { accept: "application/csv" });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Dato;Beskrivelse;Rentedato;Inn;Ut;Til konto;Fra konto");
    const booked = ledger.transactions.filter((row) => row.accountKey === checking && row.status === "BOOKED" && row.osloDate >= "2025-10-01");
    expect(lines).toHaveLength(booked.length + 1);
    for (const line of lines.slice(1)) {
      const cells = line.split(";");
      expect(cells).toHaveLength(7);
      expect(cells[0]).toMatch(/^\d{2}\.1[01]\.2025$/);
      expect(`${cells[3]}${cells[4]}`).toMatch(/^-?\d+,\d{2}$/);
    }
    const salary = lines.find((line) => line.includes("LØNN FRA"));
    expect(salary?.split(";")[0]).toBe("24.10.2025");
    expect(salary?.split(";")[3]).toMatch(/^\d+,00$/);
    expect(salary?.split(";")[4]).toBe("");
  });
});
