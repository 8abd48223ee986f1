import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config";
import { contentSecurityPolicy, newNonce, staticSecurityHeaders } from "./security-headers";

describe("contentSecurityPolicy", () => {
  const policy = contentSecurityPolicy({ nonce: "abc123", production: true, bankAuthOrigin: "https://api-auth.sparebank1.no" });
  const directive = (name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `)) ?? "";

  it("allows scripts only by origin, nonce or listed hash, never inline or eval in production", () => {
    expect(directive("script-src")).toBe("script-src 'self' 'nonce-abc123'");
    const hashed = contentSecurityPolicy({ nonce: "n", scriptHashes: ["sha256-AAA="], production: true, bankAuthOrigin: "" });
    expect(hashed).toContain("script-src 'self' 'nonce-n' 'sha256-AAA=';");
    expect(directive("script-src")).not.toContain("unsafe-inline");
    expect(directive("script-src")).not.toContain("unsafe-eval");
  });
  it("forbids framing and lets the login form reach the bank only", () => {
    expect(directive("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive("form-action")).toBe("form-action 'self' https://api-auth.sparebank1.no");
    expect(directive("object-src")).toBe("object-src 'none'");
  });
  it("allows eval in development only", () => {
    expect(contentSecurityPolicy({ nonce: "n", production: false, bankAuthOrigin: "" })).toContain("'unsafe-eval'");
  });
});

describe("staticSecurityHeaders", () => {
  it("sends HSTS in production only", () => {
    expect(staticSecurityHeaders(true)["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(staticSecurityHeaders(false)["Strict-Transport-Security"]).toBeUndefined();
    expect(staticSecurityHeaders(false)["X-Content-Type-Options"]).toBe("nosniff");
  });
});

describe("next.config's headers for static assets", () => {
  it("are the static security headers, the same that proxy.ts sets", async () => {
    const rules = (await nextConfig("phase-production-server").headers?.()) ?? [];
    expect(rules).toHaveLength(3);
    expect(rules[1]).toEqual({ source: "/sw.js", headers: [{ key: "Cache-Control", value: "no-cache" }] });
    expect(rules[0]!.source).toBe("/:path*");
    const production = process.env.NODE_ENV === "production";
    expect(Object.fromEntries(rules[0]!.headers.map(({ key, value }) => [key, value]))).toEqual(staticSecurityHeaders(production));
  });

  it("keep this build's versioned icon files for a year, and only those files", async () => {
    const config = nextConfig("phase-production-server");
    const rules = (await config.headers?.()) ?? [];
    const icons = rules[2]!;
    expect(icons.headers).toEqual([{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }]);
    expect(icons.source).toMatch(/^\/icons\/v\/[0-9a-f]{12}\/:file\(.+\)$/);
    expect(icons.source).toContain("favicon-32\\.png|");
    expect(await config.rewrites?.()).toEqual([{ source: icons.source, destination: "/icons/:file" }]);
  });
});

describe("newNonce", () => {
  it("is random and base64", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});
