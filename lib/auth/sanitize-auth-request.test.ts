import { describe, expect, it } from "vitest";
import { sanitizeAuthRequest } from "./sanitize-auth-request";

const base = "http://localhost:3000/api/auth/session";

describe("sanitizeAuthRequest", () => {
  it("keeps good requests as they are", async () => {
    const request = new Request(`${base}?callbackUrl=%2Ftransactions`, { headers: { cookie: "authjs.callback-url=http%3A%2F%2Flocalhost%3A3000%2F" } });
    expect(await sanitizeAuthRequest(request)).toBe(request);
  });

  it("drops a callbackUrl that is not a URL or points elsewhere", async () => {
    for (const value of ["2026-02-30", "x", "https://evil.example/", "//evil.example"]) {
      const cleaned = await sanitizeAuthRequest(new Request(`${base}?callbackUrl=${encodeURIComponent(value)}&other=1`));
      expect(new URL(cleaned.url).searchParams.has("callbackUrl")).toBe(false);
      expect(new URL(cleaned.url).searchParams.get("other")).toBe("1");
    }
  });

  it("drops a forged callback cookie and keeps the others", async () => {
    const cleaned = await sanitizeAuthRequest(new Request(base, { headers: { cookie: "a=1; authjs.callback-url=2026-02-30; b=2" } }));
    expect(cleaned.headers.get("cookie")).toBe("a=1; b=2");
  });

  it("drops a bad callbackUrl form field and keeps the rest of the body", async () => {
    const cleaned = await sanitizeAuthRequest(
      new Request("http://localhost:3000/api/auth/signin/sparebank1", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "csrfToken=abc&callbackUrl=nope",
      }),
    );
    expect(await cleaned.text()).toBe("csrfToken=abc");
  });

  it("drops a callback cookie that is not valid percent-encoding instead of throwing", async () => {
    for (const name of ["authjs.callback-url", "__Secure-authjs.callback-url"]) {
      for (const value of ["%", "%E0%A4%A", "/%zz", "%ff"]) {
        const cleaned = await sanitizeAuthRequest(new Request(base, { headers: { cookie: `a=1; ${name}=${value}; b=2` } }));
        expect(cleaned.headers.get("cookie")).toBe("a=1; b=2");
      }
    }
  });

  it("reads cookie names and values as Auth.js does: trimmed, quoted, percent-encoded", async () => {
    for (const header of [" authjs.callback-url=%", "authjs.callback-url =x", 'authjs.callback-url="2026-02-30"', "authjs.callback-url=%2F%2Fevil.example"]) {
      const cleaned = await sanitizeAuthRequest(new Request(base, { headers: { cookie: header } }));
      expect(cleaned.headers.get("cookie")).toBe("");
    }
    const kept = new Request(base, { headers: { cookie: 'authjs.callback-url="%2Fsettings"' } });
    expect(await sanitizeAuthRequest(kept)).toBe(kept);
  });
});
