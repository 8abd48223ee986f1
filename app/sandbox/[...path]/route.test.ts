import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function routeWith(env: Record<string, string>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return import("./route");
}

const keys = { SALDO_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"), AUTH_SECRET: "x".repeat(40) };

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

  it("serves the sandbox in sandbox mode", async () => {
    const route = await routeWith({ ...keys, SB1_CLIENT_ID: "", SALDO_DATA_DIR: "/tmp/saldo-route-test" });
    const response = await route.GET(new Request("http://localhost:3000/sandbox/__sandbox/health"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});
