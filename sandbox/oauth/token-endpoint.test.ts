import { describe, expect, it } from "vitest";
import { api, createTestBank, getCode, login, ORIGIN, pkcePair, tokenRequest, type TestBank } from "../test-support";

const REDIRECT = "http://localhost:3000/cb";

async function exchange(t: TestBank, code: string, extra: Record<string, string> = {}, auth: "body" | "basic" = "body") {
  const response = await t.bank.handle(tokenRequest(t, { grant_type: "authorization_code", code, redirect_uri: REDIRECT, ...extra }, auth));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function refresh(t: TestBank, refreshToken: string) {
  const response = await t.bank.handle(tokenRequest(t, { grant_type: "refresh_token", refresh_token: refreshToken }));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("authorization_code grant", () => {
  it("issues the documented token response with body or Basic client auth", async () => {
    const t = createTestBank();
    for (const auth of ["body", "basic"] as const) {
      const { status, body } = await exchange(t, await getCode(t), {}, auth);
      expect(status).toBe(200);
      expect(body).toMatchObject({ token_type: "Bearer", expires_in: 600, scope: "", refresh_token_expires_in: 30 * 86400, refresh_token_absolute_expires_in: 365 * 86400 });
      expect(body.access_token).toMatch(/^[A-Za-z0-9_-]{43,}$/);
      expect(body.refresh_token).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    }
  });

  it("rejects wrong or missing client credentials with 401 invalid_client", async () => {
    const t = createTestBank();
    const code = await getCode(t);
    const bad = new Request(`${ORIGIN}/sandbox/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from("test-client:wrong").toString("base64")}` },
      body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: REDIRECT }),
    });
    const response = await t.bank.handle(bad);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: "invalid_client" });
    const missing = await t.bank.handle(new Request(`${ORIGIN}/sandbox/oauth/token`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "grant_type=authorization_code" }));
    expect(missing.status).toBe(401);
  });

  it("only accepts form bodies and known grant types", async () => {
    const t = createTestBank();
    const json = await t.bank.handle(new Request(`${ORIGIN}/sandbox/oauth/token`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }));
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ error: "invalid_request" });
    const { status, body } = await exchange(t, "x", { grant_type: "password" });
    expect(status).toBe(400);
    expect(body.error).toBe("unsupported_grant_type");
  });

  it("makes codes single-use; reuse revokes the family issued from the code", async () => {
    const t = createTestBank();
    const code = await getCode(t);
    const first = await exchange(t, code);
    expect(first.status).toBe(200);
    const accessToken = String(first.body.access_token);
    expect((await api(t, accessToken, "/common/helloworld")).status).toBe(200);
    const again = await exchange(t, code);
    expect(again).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    const denied = await api(t, accessToken, "/common/helloworld");
    expect(denied.status).toBe(401);
    expect(await denied.text()).toBe("Unauthorized");
    expect((await refresh(t, String(first.body.refresh_token))).body.error).toBe("invalid_grant");
  });

  it("expires codes after codeSeconds and checks redirect_uri", async () => {
    const t = createTestBank();
    const code = await getCode(t);
    t.clock.advance(121);
    expect((await exchange(t, code)).body.error).toBe("invalid_grant");
    const other = await getCode(t);
    expect((await exchange(t, other, { redirect_uri: "http://localhost:3000/other" })).body.error).toBe("invalid_grant");
  });

  it("checks the PKCE verifier when a challenge was sent", async () => {
    const t = createTestBank();
    const { verifier, challenge } = pkcePair();
    const pkce = { code_challenge: challenge, code_challenge_method: "S256" };
    expect((await exchange(t, await getCode(t, "kari", pkce), { code_verifier: "wrong-verifier" })).body.error).toBe("invalid_grant");
    expect((await exchange(t, await getCode(t, "kari", pkce))).body.error).toBe("invalid_grant");
    expect((await exchange(t, await getCode(t, "kari", pkce), { code_verifier: verifier })).status).toBe(200);
  });
});

describe("refresh_token grant", () => {
  it("rotates refresh tokens; a spent one revokes the whole family", async () => {
    const t = createTestBank();
    const tokens = await login(t);
    const rotated = await refresh(t, tokens.refresh_token);
    expect(rotated.status).toBe(200);
    expect(rotated.body.refresh_token).not.toBe(tokens.refresh_token);
    const newAccess = String(rotated.body.access_token);
    expect((await api(t, newAccess, "/common/helloworld")).status).toBe(200);

    const reused = await refresh(t, tokens.refresh_token);
    expect(reused).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    const denied = await api(t, newAccess, "/common/helloworld");
    expect(denied.status).toBe(401);
    expect(await denied.text()).toBe("Unauthorized");
    expect((await refresh(t, String(rotated.body.refresh_token))).body.error).toBe("invalid_grant");
  });

  it("keeps other families alive when one is revoked", async () => {
    const t = createTestBank();
    const a = await login(t);
    const b = await login(t, "ola");
    await refresh(t, a.refresh_token);
    await refresh(t, a.refresh_token);
    expect((await api(t, b.access_token, "/common/helloworld")).status).toBe(200);
  });

  it("expires after the idle window since the last issue", async () => {
    const t = createTestBank({ lifetimes: { refreshIdleSeconds: 1000 } });
    const tokens = await login(t);
    t.clock.advance(900);
    const first = await refresh(t, tokens.refresh_token);
    expect(first.status).toBe(200);
    t.clock.advance(999);
    const second = await refresh(t, String(first.body.refresh_token));
    expect(second.status).toBe(200);
    t.clock.advance(1000);
    expect((await refresh(t, String(second.body.refresh_token))).body.error).toBe("invalid_grant");
  });

  it("expires at the absolute lifetime even when refreshed often", async () => {
    const t = createTestBank({ lifetimes: { refreshIdleSeconds: 1000, refreshAbsoluteSeconds: 2500 } });
    let refreshToken = (await login(t)).refresh_token;
    for (let i = 0; i < 2; i++) {
      t.clock.advance(900);
      const next = await refresh(t, refreshToken);
      expect(next.status).toBe(200);
      expect(next.body.refresh_token_absolute_expires_in).toBe(2500 - 900 * (i + 1));
      refreshToken = String(next.body.refresh_token);
    }
    t.clock.advance(800);
    expect((await refresh(t, refreshToken)).body.error).toBe("invalid_grant");
  });

  it("expires access tokens after accessSeconds", async () => {
    const t = createTestBank();
    const tokens = await login(t);
    t.clock.advance(599);
    expect((await api(t, tokens.access_token, "/common/helloworld")).status).toBe(200);
    t.clock.advance(1);
    expect((await api(t, tokens.access_token, "/common/helloworld")).status).toBe(401);
  });
});
