import { describe, expect, it } from "vitest";
import { api, control, createTestBank, login, tokenRequest, truth } from "../test-support";

const ALL_ACCOUNTS = "/personal/banking/accounts?includeNokAccounts=true&includeBsuAccounts=true&includeCreditCardAccounts=true";

describe("fault injection", () => {
  it("adds, lists and clears rules; validates input", async () => {
    const t = createTestBank();
    expect((await control(t, "POST", "faults", { rules: [{ match: "*", fault: "explode" }] })).status).toBe(400);
    expect((await control(t, "POST", "faults", { rules: [{ match: "*", fault: "server-error", times: 1 }] })).status).toBe(200);
    expect(((await (await control(t, "GET", "faults")).json()) as { rules: unknown[] }).rules).toHaveLength(1);
    await control(t, "DELETE", "faults");
    expect(((await (await control(t, "GET", "faults")).json()) as { rules: unknown[] }).rules).toHaveLength(0);
    expect(await (await control(t, "GET", "health")).json()).toEqual({ ok: true });
  });

  it("server-error, rate-limit (with and without Retry-After) and times", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    await control(t, "POST", "faults", {
      rules: [
        { match: "/personal/banking/accounts", fault: "server-error", times: 1 },
        { match: "/personal/banking/accounts", fault: "rate-limit", times: 1, retryAfterSeconds: 42 },
        { match: "/personal/banking/accounts", fault: "rate-limit-no-retry-after", times: 1 },
        { match: "/personal/banking/accounts", fault: "rate-limit", times: 1 },
      ],
    });
    const serverError = await api(t, access_token, ALL_ACCOUNTS);
    expect(serverError.status).toBe(500);
    expect(((await serverError.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe("general.error");
    const limited = await api(t, access_token, ALL_ACCOUNTS);
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "42"]);
    const noHeader = await api(t, access_token, ALL_ACCOUNTS);
    expect([noHeader.status, noHeader.headers.get("retry-after")]).toEqual([429, null]);
    expect((await api(t, access_token, ALL_ACCOUNTS)).headers.get("retry-after")).toBe("3600");
    expect((await api(t, access_token, ALL_ACCOUNTS)).status).toBe(200);
    expect((await api(t, access_token, "/common/helloworld")).status).toBe(200);
  });

  it("latency delays and hang ends when the request aborts", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    await control(t, "POST", "faults", { rules: [{ match: "/common", fault: "latency", latencyMs: 80, times: 1 }] });
    const started = Date.now();
    expect((await api(t, access_token, "/common/helloworld")).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);

    await control(t, "POST", "faults", { rules: [{ match: "*", fault: "hang", times: 1 }] });
    const abort = new AbortController();
    const pending = t.bank.handle(new Request(`${t.base}/common/helloworld`, { signal: abort.signal, headers: { authorization: `Bearer ${access_token}` } }));
    let settled = false;
    void pending.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    abort.abort();
    await pending;
    expect(settled).toBe(true);
  });

  it("malformed-json answers 200 with the vendor type and a truncated body", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    await control(t, "POST", "faults", { rules: [{ match: "/personal/banking/accounts", fault: "malformed-json", times: 1 }] });
    const response = await api(t, access_token, ALL_ACCOUNTS);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/vnd.sparebank1.v1+json");
    await expect(response.clone().json()).rejects.toThrow();
  });

  it("partial leaves credit-card data out and reports CREDIT_ACCOUNTS_FAILED", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    await control(t, "POST", "faults", { rules: [{ match: "/personal/banking", fault: "partial", times: 2 }] });
    const accounts = (await (await api(t, access_token, ALL_ACCOUNTS)).json()) as { accounts: { type: string }[]; errors: string[] };
    expect(accounts.accounts.some((account) => account.type === "CREDITCARD")).toBe(false);
    expect(accounts.errors).toEqual(["CREDIT_ACCOUNTS_FAILED"]);
    const ledger = truth(t);
    const keys = ledger.accounts.map((account) => `accountKey=${account.key}`).join("&");
    const tx = (await (await api(t, access_token, `/personal/banking/transactions/classified?${keys}&fromDate=2025-01-01`)).json()) as { transactions: { transaction: { accountNumber: { value: string } } }[]; errors: string[] };
    expect(tx.errors).toEqual(["CREDIT_ACCOUNTS_FAILED"]);
    expect(tx.transactions.length).toBeGreaterThan(0);
    expect(tx.transactions.some((item) => item.transaction.accountNumber.value.startsWith("K"))).toBe(false);
  });

  it("partial-recent leaves every RECENT row out and reports RECENT_TRANSACTIONS_FAILED", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    const keys = truth(t).accounts.map((account) => `accountKey=${account.key}`).join("&");
    const path = `/personal/banking/transactions?${keys}&fromDate=2025-01-01&rowLimit=10000`;
    await control(t, "POST", "faults", { rules: [{ match: "/personal/banking/transactions", fault: "partial-recent", times: 1 }] });
    const partial = (await (await api(t, access_token, path)).json()) as { transactions: { source: string }[]; errors: string[] };
    const full = (await (await api(t, access_token, path)).json()) as { transactions: { source: string }[]; errors: string[] };
    expect(partial.errors).toEqual(["RECENT_TRANSACTIONS_FAILED"]);
    expect(full.errors).toEqual([]);
    expect(partial.transactions.length).toBeGreaterThan(0);
    expect(partial.transactions.every((row) => row.source === "HISTORIC")).toBe(true);
    expect(partial.transactions).toEqual(full.transactions.filter((row) => row.source === "HISTORIC"));
  });

  it("odd-rows adds a row without date, one without amount and a wrapper without transaction, keeping every real row", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    const keys = truth(t).accounts.map((account) => `accountKey=${account.key}`).join("&");
    const path = `/personal/banking/transactions/classified?${keys}&fromDate=2025-09-01`;
    await control(t, "POST", "faults", { rules: [{ match: "/personal/banking/transactions", fault: "odd-rows", times: 1 }] });
    type Item = { transaction?: Record<string, unknown>; categories: unknown[] };
    const odd = ((await (await api(t, access_token, path)).json()) as { transactions: Item[] }).transactions;
    const normal = ((await (await api(t, access_token, path)).json()) as { transactions: Item[] }).transactions;
    expect(odd).toHaveLength(normal.length + 3);
    const storable = odd.filter((item) => item.transaction && "date" in item.transaction && "amount" in item.transaction);
    expect(storable).toEqual(normal);
    expect(odd.filter((item) => !item.transaction)).toHaveLength(1);
    expect(odd.filter((item) => item.transaction && !("date" in item.transaction))).toHaveLength(1);
    expect(odd.filter((item) => item.transaction && !("amount" in item.transaction))).toHaveLength(1);
    for (const item of odd.filter((candidate) => candidate.transaction)) {
      for (const field of ["id", "source", "bookingStatus", "canShowDetails"]) expect(item.transaction).toHaveProperty(field);
    }
    await control(t, "POST", "faults", { rules: [{ match: "/personal/banking/transactions", fault: "odd-rows", times: 1 }] });
    const plain = ((await (await api(t, access_token, path.replace("/classified", ""))).json()) as { transactions: Record<string, unknown>[] }).transactions;
    expect(plain.filter((row) => !("date" in row) || !("amount" in row))).toHaveLength(3);
  });

  it("unreadable-row sends the answer's first booked row without its amount, the same row otherwise", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    const keys = truth(t).accounts.map((account) => `accountKey=${account.key}`).join("&");
    const path = `/personal/banking/transactions/classified?${keys}&fromDate=2025-09-01`;
    await control(t, "POST", "faults", { rules: [{ match: "/personal/banking/transactions", fault: "unreadable-row", times: 1 }] });
    type Item = { transaction: Record<string, unknown> };
    const faulty = ((await (await api(t, access_token, path)).json()) as { transactions: Item[] }).transactions;
    const normal = ((await (await api(t, access_token, path)).json()) as { transactions: Item[] }).transactions;
    expect(faulty).toHaveLength(normal.length);
    const changed = faulty.flatMap((item, index) => (JSON.stringify(item) === JSON.stringify(normal[index]) ? [] : [index]));
    expect(changed).toHaveLength(1);
    const { amount, ...rest } = normal[changed[0]!]!.transaction;
    expect(amount).toEqual(expect.any(Number));
    expect(normal[changed[0]!]!.transaction.bookingStatus).toBe("BOOKED");
    expect(faulty[changed[0]!]!.transaction).toEqual(rest);
  });

  it("invalid-grant on the token endpoint revokes the family; invalid-client answers 401", async () => {
    const t = createTestBank();
    const tokens = await login(t);
    await control(t, "POST", "faults", { rules: [{ match: "/oauth/token", fault: "invalid-grant", times: 1 }, { match: "/oauth/token", fault: "invalid-client", times: 1 }] });
    const grant = await t.bank.handle(tokenRequest(t, { grant_type: "refresh_token", refresh_token: tokens.refresh_token }));
    expect([grant.status, ((await grant.json()) as { error: string }).error]).toEqual([400, "invalid_grant"]);
    const client = await t.bank.handle(tokenRequest(t, { grant_type: "refresh_token", refresh_token: tokens.refresh_token }));
    expect([client.status, ((await client.json()) as { error: string }).error]).toEqual([401, "invalid_client"]);
    expect((await api(t, tokens.access_token, "/common/helloworld")).status).toBe(401);
  });

  it("logs every non-control call, faulted ones too; reset and expire-access-tokens", async () => {
    const t = createTestBank();
    const tokens = await login(t);
    await control(t, "POST", "faults", { rules: [{ match: "*", fault: "server-error", times: 1 }] });
    await api(t, tokens.access_token, "/common/helloworld");
    await api(t, tokens.access_token, "/common/helloworld");
    const { calls } = (await (await control(t, "GET", "calls")).json()) as { calls: { method: string; path: string; status: number; clientId: string | null; grantType?: string }[] };
    expect(calls.map((call) => [call.path, call.status])).toEqual([["/oauth/authorize", 302], ["/oauth/token", 200], ["/common/helloworld", 500], ["/common/helloworld", 200]]);
    expect(calls[1]).toMatchObject({ clientId: "test-client", grantType: "authorization_code", method: "POST" });
    expect(calls[2]?.clientId).toBe("test-client");

    await control(t, "POST", "expire-access-tokens");
    expect((await api(t, tokens.access_token, "/common/helloworld")).status).toBe(401);
    const refreshed = await t.bank.handle(tokenRequest(t, { grant_type: "refresh_token", refresh_token: tokens.refresh_token }));
    expect(refreshed.status).toBe(200);

    await control(t, "POST", "faults", { rules: [{ match: "*", fault: "server-error" }] });
    await control(t, "POST", "reset");
    expect(((await (await control(t, "GET", "calls")).json()) as { calls: unknown[] }).calls).toEqual([]);
    expect(((await (await control(t, "GET", "faults")).json()) as { rules: unknown[] }).rules).toEqual([]);
  });

  it("hides the control API when disabled and 404s outside basePath", async () => {
    const t = createTestBank({ controlApi: false });
    expect((await control(t, "GET", "health")).status).toBe(404);
    expect((await t.bank.handle(new Request("http://bank.test/elsewhere/oauth/token"))).status).toBe(404);
  });
});
