import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSandboxBank } from "./bank";
import { parseSandboxEnv } from "./server-env";
import { startSandboxServer } from "./start-server";
import { CLIENT, V1 } from "./test-support";

const dir = mkdtempSync(join(tmpdir(), "sandbox-bank-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("standalone server", () => {
  it("logs in with real HTTP, fetches accounts and ends a hung request on abort", async () => {
    const server = await startSandboxServer({ port: 0, basePath: "", clients: [CLIENT] });
    try {
      const health = await fetch(`${server.url}/__sandbox/health`);
      expect(await health.json()).toEqual({ ok: true });
      const authorize = await fetch(`${server.url}/oauth/authorize`, {
        method: "POST",
        redirect: "manual",
        body: new URLSearchParams({ response_type: "code", client_id: CLIENT.clientId, redirect_uri: CLIENT.redirectUris[0] ?? "", state: "s", finInst: "fid-smn", person: "ola" }),
      });
      expect(authorize.status).toBe(302);
      const code = new URL(authorize.headers.get("location") ?? "").searchParams.get("code") ?? "";
      const token = await fetch(`${server.url}/oauth/token`, {
        method: "POST",
        headers: { authorization: `Basic ${Buffer.from(`${CLIENT.clientId}:${CLIENT.clientSecret}`).toString("base64")}` },
        body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: CLIENT.redirectUris[0] ?? "" }),
      });
      const { access_token } = (await token.json()) as { access_token: string };
      const accounts = await fetch(`${server.url}/personal/banking/accounts?includeCreditCardAccounts=true`, { headers: { authorization: `Bearer ${access_token}`, accept: V1 } });
      expect(accounts.status).toBe(200);
      expect(((await accounts.json()) as { accounts: unknown[] }).accounts.length).toBeGreaterThanOrEqual(3);

      await fetch(`${server.url}/__sandbox/faults`, { method: "POST", body: JSON.stringify({ rules: [{ match: "*", fault: "hang", times: 1 }] }) });
      const started = Date.now();
      await expect(fetch(`${server.url}/common/helloworld`, { headers: { authorization: `Bearer ${access_token}`, accept: V1 }, signal: AbortSignal.timeout(150) })).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(2000);
      const calls = (await (await fetch(`${server.url}/__sandbox/calls`)).json()) as { calls: { path: string }[] };
      expect(calls.calls.map((call) => call.path)).toContain("/personal/banking/accounts");
    } finally {
      await server.close();
    }
  });

  it("keeps logins across a restart when a stateFile is given", async () => {
    const stateFile = join(dir, "state.json");
    let now = Date.UTC(2025, 10, 12, 10);
    const options = { basePath: "/sandbox", clients: [CLIENT], stateFile, now: () => now };
    const first = createSandboxBank(options);
    const login = await first.handle(new Request("http://x/sandbox/oauth/authorize", { method: "POST", body: new URLSearchParams({ response_type: "code", client_id: CLIENT.clientId, redirect_uri: CLIENT.redirectUris[0] ?? "", person: "kari" }) }));
    const code = new URL(login.headers.get("location") ?? "").searchParams.get("code") ?? "";
    const tokenResponse = await first.handle(new Request("http://x/sandbox/oauth/token", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: CLIENT.redirectUris[0] ?? "", client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret }) }));
    const tokens = (await tokenResponse.json()) as { access_token: string; refresh_token: string };
    now += 1000;
    const second = createSandboxBank(options);
    const hello = await second.handle(new Request("http://x/sandbox/common/helloworld", { headers: { authorization: `Bearer ${tokens.access_token}`, accept: V1 } }));
    expect(hello.status).toBe(200);
  });

  it("validates the environment and names the bad variable", () => {
    expect(parseSandboxEnv({}).ok).toBe(true);
    const bad = parseSandboxEnv({ SANDBOX_PORT: "abc" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain("SANDBOX_PORT");
    const uris = parseSandboxEnv({ SANDBOX_REDIRECT_URIS: "http://a.test/cb, http://b.test/cb" });
    expect(uris.ok && uris.env.SANDBOX_REDIRECT_URIS).toEqual(["http://a.test/cb", "http://b.test/cb"]);
  });
});
