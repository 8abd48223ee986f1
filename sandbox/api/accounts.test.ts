import { describe, expect, it } from "vitest";
import { api, createTestBank, login, truth } from "../test-support";

interface AccountJson { key: string; accountNumber: string; balance: number; availableBalance: number; type: string; creditCardAccountID?: string; creditCardCreditLimit?: number; owner: { name: string } }

describe("accounts API", () => {
  it("needs a valid bearer token (401 text) and a vendor Accept (406 envelope)", async () => {
    const t = createTestBank();
    const bad = await api(t, "not-a-token", "/personal/banking/accounts");
    expect(bad.status).toBe(401);
    expect(await bad.text()).toBe("Unauthorized");
    const noAuth = await t.bank.handle(new Request(`${t.base}/personal/banking/accounts`, { headers: { accept: "application/vnd.sparebank1.v1+json" } }));
    expect(noAuth.status).toBe(401);
    const { access_token } = await login(t);
    const plainJson = await api(t, access_token, "/personal/banking/accounts", { accept: "application/json" });
    expect(plainJson.status).toBe(406);
    const envelope = (await plainJson.json()) as { errors: { code: string; message: string; traceId: string; httpCode: number }[] };
    expect(envelope.errors[0]).toMatchObject({ httpCode: 406 });
    expect(envelope.errors[0]?.traceId).toBeTruthy();
    const v5 = await api(t, access_token, "/personal/banking/accounts", { accept: "application/vnd.sparebank1.v5+json; charset=utf-8" });
    expect(v5.status).toBe(200);
    expect(v5.headers.get("content-type")).toContain("application/vnd.sparebank1.v5+json");
    const helloV5 = await api(t, access_token, "/common/helloworld", { accept: "application/vnd.sparebank1.v5+json" });
    expect(helloV5.status).toBe(406);
  });

  it("lists only NOK accounts by default and the rest on request, with kroner numbers", async () => {
    const t = createTestBank();
    const { access_token } = await login(t);
    const defaults = (await (await api(t, access_token, "/personal/banking/accounts")).json()) as { accounts: AccountJson[]; errors: unknown[] };
    expect(defaults.errors).toEqual([]);
    expect(defaults.accounts.map((account) => account.type).sort()).toEqual(["SAVING", "USER", "USER"]);
    const all = "includeNokAccounts=true&includeCurrencyAccounts=true&includeBsuAccounts=true&includeCreditCardAccounts=true&includeAskAccounts=true&includePensionAccounts=true";
    const response = await api(t, access_token, `/personal/banking/accounts?${all}`);
    expect(response.headers.get("content-type")).toBe("application/vnd.sparebank1.v1+json; charset=utf-8");
    const { accounts } = (await response.json()) as { accounts: AccountJson[] };
    const ledger = truth(t);
    expect(accounts).toHaveLength(ledger.accounts.length);
    for (const account of ledger.accounts) {
      const json = accounts.find((candidate) => candidate.key === account.key);
      expect(json?.balance).toBe(account.balanceOre / 100);
      expect(json?.availableBalance).toBe(account.availableBalanceOre / 100);
      expect(json?.owner.name).toBe("Kari Nordmann");
    }
    const card = accounts.find((account) => account.type === "CREDITCARD");
    expect(card?.accountNumber.startsWith("K")).toBe(true);
    expect(card?.creditCardAccountID).toBeTruthy();
    expect(card?.creditCardCreditLimit).toBe(30000);
  });

  it("serves single accounts, details, roles, keys, balance and default; 404 for unknown keys", async () => {
    const t = createTestBank();
    const { access_token } = await login(t, "ola");
    const checking = truth(t, "ola").accounts[0];
    if (!checking) throw new Error("no account");
    const base = "/personal/banking/accounts";
    expect(((await (await api(t, access_token, `${base}/${checking.key}`)).json()) as AccountJson).accountNumber).toBe(checking.accountNumber);
    expect((await api(t, access_token, `${base}/${checking.key}/details`)).status).toBe(200);
    expect((await api(t, access_token, `${base}/${checking.key}/roles`)).status).toBe(200);
    expect(await (await api(t, access_token, `${base}/keys?accountNumber=${checking.accountNumber}`)).json()).toMatchObject({ accountKeys: [checking.key] });
    const balance = await api(t, access_token, `${base}/balance`, { method: "POST", body: JSON.stringify({ accountNumber: checking.accountNumber }) });
    expect(await balance.json()).toEqual({ accountBalance: checking.balanceOre / 100, name: checking.name });
    expect(((await (await api(t, access_token, `${base}/default`)).json()) as AccountJson).key).toBe(checking.key);
    const unknown = await api(t, access_token, `${base}/does-not-exist`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { errors: unknown[] }).errors).toHaveLength(1);
  });
});
