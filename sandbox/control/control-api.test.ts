import { describe, expect, it } from "vitest";
import { generateLedger } from "../data";
import { api, control, createTestBank, login, truth } from "../test-support";

const DAY = 86_400_000;
const ALL_ACCOUNTS = "/personal/banking/accounts?includeNokAccounts=true&includeBsuAccounts=true&includeCreditCardAccounts=true&includeCurrencyAccounts=true&includeAskAccounts=true";
interface ClockJson { nowMs: number; epochMs: number; drift: boolean }
const clockOf = async (response: Response) => (await response.json()) as ClockJson;

describe("the sandbox clock", () => {
  it("is set, moved and reset over the control API, and runs on with the underlying clock", async () => {
    const t = createTestBank();
    const start = t.clock.now;
    expect(await clockOf(await control(t, "GET", "clock"))).toEqual({ nowMs: start, epochMs: start, drift: true });
    const target = start + 5 * DAY;
    expect((await clockOf(await control(t, "POST", "clock", { nowMs: target }))).nowMs).toBe(target);
    t.clock.advance(60);
    expect((await clockOf(await control(t, "GET", "clock"))).nowMs).toBe(target + 60_000);
    expect((await clockOf(await control(t, "POST", "clock", { advanceMs: DAY }))).nowMs).toBe(target + 60_000 + DAY);
    expect((await clockOf(await control(t, "POST", "clock", { nowMs: target, epochMs: start - DAY }))).epochMs).toBe(start - DAY);
    expect(await clockOf(await control(t, "POST", "clock", { reset: true }))).toEqual({ nowMs: start + 60_000, epochMs: start, drift: true });
    expect((await clockOf(await control(t, "GET", "clock", undefined))).drift).toBe(true);
    expect((await clockOf(await createTestBank({ drift: false }).bank.handle(new Request("http://bank.test/sandbox/__sandbox/clock")))).drift).toBe(false);
  });

  it("refuses bad bodies with a 400 and a message", async () => {
    const t = createTestBank();
    for (const body of [{}, { nowMs: "soon" }, { advanceMs: 1.5 }, { reset: false }, { nowMs: 1, advanceMs: 1 }, { nowMs: -5 }, [1]]) {
      const response = await control(t, "POST", "clock", body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/clock/i);
    }
    const notJson = await t.bank.handle(new Request(`${t.base}/__sandbox/clock`, { method: "POST", body: "{" }));
    expect(notJson.status).toBe(400);
  });

  it("drives token lifetimes, pending rows and the later account", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    await control(t, "POST", "clock", { advanceMs: 601_000 });
    expect((await api(t, access_token, "/common/helloworld")).status).toBe(401);
    await control(t, "POST", "clock", { reset: true });
    expect((await api(t, access_token, "/common/helloworld")).status).toBe(200);

    const listed = async () => ((await (await api(t, access_token, ALL_ACCOUNTS)).json()) as { accounts: { key: string }[] }).accounts.map((account) => account.key);
    const before = await listed();
    const later = generateLedger(1, "kari", t.clock.now + 3 * DAY, { drift: true, epochMs: t.epochMs }).accounts.find((account) => !before.includes(account.key));
    expect(later).toBeDefined();
    expect((await api(t, access_token, `/personal/banking/transactions?accountKey=${later?.key}`)).status).toBe(404);
    await control(t, "POST", "clock", { advanceMs: 3 * DAY });
    const { access_token: fresh } = await login(t);
    const after = ((await (await api(t, fresh, ALL_ACCOUNTS)).json()) as { accounts: { key: string }[] }).accounts.map((account) => account.key);
    expect(after).toEqual([...before, later?.key]);
    const history = (await (await api(t, fresh, `/personal/banking/transactions?accountKey=${later?.key}&fromDate=2022-01-01`)).json()) as { transactions: { date: number }[] };
    expect(history.transactions.length).toBeGreaterThan(40);
  });

  it("withholds the card rows with CREDIT_ACCOUNTS_FAILED during the partial stretch", async () => {
    const t = createTestBank();
    await control(t, "POST", "clock", { advanceMs: 6 * DAY });
    const { access_token } = await login(t);
    const ledger = generateLedger(1, "kari", t.clock.now + 6 * DAY, { drift: true, epochMs: t.epochMs });
    expect(ledger.creditAccountsFailing).toBe(true);
    const keys = ledger.accounts.map((account) => `accountKey=${account.key}`).join("&");
    const body = (await (await api(t, access_token, `/personal/banking/transactions?${keys}&fromDate=2025-01-01`)).json()) as { transactions: { accountNumber: { value: string } }[]; errors: string[] };
    expect(body.errors).toEqual(["CREDIT_ACCOUNTS_FAILED"]);
    expect(body.transactions.length).toBeGreaterThan(100);
    expect(body.transactions.some((row) => row.accountNumber.value.startsWith("K"))).toBe(false);
    await control(t, "POST", "clock", { advanceMs: 3 * DAY });
    const { access_token: later } = await login(t);
    const healed = (await (await api(t, later, `/personal/banking/transactions?${keys}&fromDate=2025-01-01`)).json()) as { transactions: { accountNumber: { value: string } }[]; errors: string[] };
    expect(healed.errors).toEqual([]);
    expect(healed.transactions.some((row) => row.accountNumber.value.startsWith("K"))).toBe(true);
  });

  it("with drift off there is no later account and no partial stretch", async () => {
    const t = createTestBank({ drift: false });
    await control(t, "POST", "clock", { advanceMs: 6 * DAY });
    const { access_token } = await login(t);
    const ledger = truth(t, "kari", t.clock.now + 6 * DAY);
    expect(ledger).toEqual(generateLedger(1, "kari", t.clock.now + 6 * DAY));
    const listed = ((await (await api(t, access_token, ALL_ACCOUNTS)).json()) as { accounts: unknown[] }).accounts;
    expect(listed).toHaveLength(ledger.accounts.length);
    const keys = ledger.accounts.map((account) => `accountKey=${account.key}`).join("&");
    expect(((await (await api(t, access_token, `/personal/banking/transactions?${keys}`)).json()) as { errors: string[] }).errors).toEqual([]);
  });
});

describe("control API access and bounds", () => {
  it("needs the secret header when one is set, and answers like an unknown path otherwise", async () => {
    const t = createTestBank({ controlSecret: "a-long-test-control-secret" });
    const unknown = await t.bank.handle(new Request(`${t.base}/no/such/path`));
    const strip = async (response: Response) => ((await response.json()) as { errors: { code: string; message: string }[] }).errors.map(({ code, message }) => ({ code, message }));
    for (const headers of [{}, { "x-sandbox-control": "wrong" }, { "x-sandbox-control": "a-long-test-control-secret-and-more" }] as Record<string, string>[]) {
      const response = await control(t, "GET", "faults", undefined, headers);
      expect(response.status).toBe(404);
      expect(await strip(response)).toEqual(await strip(unknown.clone()));
    }
    expect((await control(t, "GET", "faults", undefined, { "x-sandbox-control": "a-long-test-control-secret" })).status).toBe(200);
    const off = createTestBank({ controlApi: false, controlSecret: "a-long-test-control-secret" });
    expect((await control(off, "GET", "health", undefined, { "x-sandbox-control": "a-long-test-control-secret" })).status).toBe(404);
  });

  it("keeps the newest 2,000 calls", async () => {
    const t = createTestBank();
    for (let i = 0; i < 2_050; i++) await t.bank.handle(new Request(`${t.base}/common/helloworld?n=${i}`));
    const { calls } = (await (await control(t, "GET", "calls")).json()) as { calls: { query: string }[] };
    expect(calls).toHaveLength(2_000);
    expect(calls[0]?.query).toBe("?n=50");
    expect(calls.at(-1)?.query).toBe("?n=2049");
  });

  it("holds at most 100 fault rules, latency up to 30 s, and lets open-ended rules lapse after 15 minutes", async () => {
    const t = createTestBank();
    const rule = { match: "/nothing", fault: "server-error" };
    expect((await control(t, "POST", "faults", { rules: [{ ...rule, latencyMs: 60_001, fault: "latency" }] })).status).toBe(400);
    expect((await control(t, "POST", "faults", { rules: [{ ...rule, latencyMs: 60_000, fault: "latency", times: 1 }] })).status).toBe(200);
    expect((await control(t, "POST", "faults", { rules: Array.from({ length: 99 }, () => rule) })).status).toBe(200);
    const over = await control(t, "POST", "faults", { rules: [rule] });
    expect(over.status).toBe(400);
    expect(((await over.json()) as { error: string }).error).toMatch(/100/);
    t.clock.advance(15 * 60 + 1);
    const { rules } = (await (await control(t, "GET", "faults")).json()) as { rules: { times?: number }[] };
    expect(rules).toEqual([expect.objectContaining({ times: 1, fault: "latency" })]);
    expect((await control(t, "POST", "faults", { rules: [rule] })).status).toBe(200);
  });
});
