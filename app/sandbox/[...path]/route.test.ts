import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  delete (globalThis as { saldoSandbox?: unknown }).saldoSandbox;
});

async function routeWith(env: Record<string, string>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return import("./route");
}

const keys = { SALDO_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"), AUTH_SECRET: "x".repeat(40) };
const SECRET = "route-test-control-secret";

describe("the mounted sandbox bank", () => {
  it("answers 404 everywhere, control endpoints included, once a real client is configured", async () => {
    const route = await routeWith({ ...keys, SB1_CLIENT_ID: "real-client", SB1_CLIENT_SECRET: "real-secret" });
    for (const path of ["/sandbox/oauth/authorize?client_id=x", "/sandbox/__sandbox/faults", "/sandbox/personal/banking/accounts"]) {
      const response = await route.GET(new Request(`http://localhost:3000${path}`));
      expect(response.status).toBe(404);
    }
    const post = await route.POST(new Request("http://localhost:3000/sandbox/__sandbox/faults", { method: "POST", body: "{}" }));
    expect(post.status).toBe(404);
  });

  it("serves the sandbox in sandbox mode, the control API open outside production", async () => {
    const route = await routeWith({ ...keys, SB1_CLIENT_ID: "", SALDO_DATA_DIR: "/tmp/saldo-route-test" });
    const response = await route.GET(new Request("http://localhost:3000/sandbox/__sandbox/health"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("hides the control API in production without SANDBOX_CONTROL_SECRET", async () => {
    const route = await routeWith({ ...keys, NODE_ENV: "production", SB1_CLIENT_ID: "", SALDO_DATA_DIR: "/tmp/saldo-route-test-prod" });
    const faults = await route.GET(new Request("http://localhost:3000/sandbox/__sandbox/faults"));
    expect(faults.status).toBe(404);
    const unknown = await route.GET(new Request("http://localhost:3000/sandbox/no/such/path"));
    const body = (response: Response) => response.json().then((json: { errors: { code: string; message: string }[] }) => json.errors.map(({ code, message }) => ({ code, message })));
    expect(await body(faults)).toEqual(await body(unknown));
    expect((await route.GET(new Request("http://localhost:3000/sandbox/__sandbox/faults", { headers: { "x-sandbox-control": SECRET } }))).status).toBe(404);
    expect((await route.GET(new Request("http://localhost:3000/sandbox/oauth/authorize?client_id=x"))).status).not.toBe(404);
  });

  it("requires the secret header in production when SANDBOX_CONTROL_SECRET is set", async () => {
    const route = await routeWith({ ...keys, NODE_ENV: "production", SB1_CLIENT_ID: "", SALDO_DATA_DIR: "/tmp/saldo-route-test-prod", SANDBOX_CONTROL_SECRET: SECRET });
    expect((await route.GET(new Request("http://localhost:3000/sandbox/__sandbox/faults"))).status).toBe(404);
    expect((await route.GET(new Request("http://localhost:3000/sandbox/__sandbox/faults", { headers: { "x-sandbox-control": `${SECRET}x` } }))).status).toBe(404);
    const allowed = await route.GET(new Request("http://localhost:3000/sandbox/__sandbox/faults", { headers: { "x-sandbox-control": SECRET } }));
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ rules: [] });
  });
});
