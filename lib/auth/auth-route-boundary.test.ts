import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authRouteBoundary } from "./auth-route-boundary";

const request = (cookie = "") => new NextRequest("http://localhost:3000/api/auth/session", { headers: { cookie } });

afterEach(() => vi.restoreAllMocks());

describe("authRouteBoundary", () => {
  it("passes Auth.js's answers on, redirects included", async () => {
    const ok = await authRouteBoundary(async () => Response.json({ user: null }))(request());
    expect(ok.status).toBe(200);
    const redirect = await authRouteBoundary(async () => Response.redirect("http://localhost:3000/login?error=Configuration"))(request());
    expect(redirect.status).toBe(302);
  });

  it("answers what Auth.js rejects (a 500, an uncoded 400) with 400 and a code", async () => {
    for (const rejected of [Response.json({ message: "There was a problem with the server configuration." }, { status: 500 }), Response.json(null, { status: 400 })]) {
      const response = await authRouteBoundary(async () => rejected)(request());
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe("bad_request");
    }
  });

  it("answers what Auth.js throws with 400 and a code, logged by name without the values", async () => {
    const log = vi.spyOn(console, "info").mockImplementation(() => undefined);
    const response = await authRouteBoundary(async () => {
      throw new URIError("URI malformed: secret-value");
    })(request());
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("bad_request");
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]![0])).toContain('"name":"URIError"');
    expect(String(log.mock.calls[0]![0])).not.toContain("secret-value");
  });

  it("hands Auth.js a request without a forged callback cookie", async () => {
    let seen = "";
    await authRouteBoundary(async (cleaned) => {
      seen = cleaned.headers.get("cookie") ?? "";
      return Response.json({});
    })(request("a=1; authjs.callback-url=%; b=2"));
    expect(seen).toBe("a=1; b=2");
  });
});
