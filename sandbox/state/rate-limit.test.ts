import { describe, expect, it } from "vitest";
import { api, createTestBank, login, tokenRequest } from "../test-support";

describe("rate limit", () => {
  it("answers the 61st call in a rolling hour with 429 + Retry-After and recovers after the window", async () => {
    const t = createTestBank();
    const { access_token } = await login(t); // the token call is call 1
    for (let i = 2; i <= 60; i++) {
      t.clock.advance(5);
      expect((await api(t, access_token, "/common/helloworld")).status).toBe(200);
    }
    t.clock.advance(5);
    const limited = await api(t, access_token, "/common/helloworld");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBe(3600 - 300);
    expect(((await limited.json()) as { errors: { httpCode: number }[] }).errors[0]?.httpCode).toBe(429);
    const tokenLimited = await t.bank.handle(tokenRequest(t, { grant_type: "refresh_token", refresh_token: "whatever" }));
    expect(tokenLimited.status).toBe(429);
    t.clock.advance(3300);
    expect((await api(t, access_token, "/common/helloworld")).status).toBe(401); // access token expired meanwhile, but the call is allowed again
  });

  it("counts per client, and not for requests without an identifiable client", async () => {
    const t = createTestBank({ rateLimitPerHour: 3, lifetimes: { accessSeconds: 100_000 } });
    const { access_token } = await login(t);
    for (let i = 0; i < 10; i++) expect((await api(t, "bogus", "/common/helloworld")).status).toBe(401);
    expect((await api(t, access_token, "/common/helloworld")).status).toBe(200);
    expect((await api(t, access_token, "/common/helloworld")).status).toBe(200);
    const limited = await api(t, access_token, "/common/helloworld");
    expect(limited.status).toBe(429);
    t.clock.advance(3600);
    expect((await api(t, access_token, "/common/helloworld")).status).toBe(200);
  });
});
