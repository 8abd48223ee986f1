import { describe, expect, it } from "vitest";
import { authorizeParams, CLIENT, createTestBank, form } from "../test-support";

function authorizeUrl(base: string, params: Record<string, string>): string {
  return `${base}/oauth/authorize?${new URLSearchParams(params)}`;
}

describe("GET /oauth/authorize", () => {
  it("shows an error page and never redirects for an unknown client or a redirect_uri mismatch", async () => {
    const t = createTestBank();
    for (const params of [authorizeParams({ client_id: "nope" }), authorizeParams({ redirect_uri: "http://localhost:3000/cb/" }), authorizeParams({ redirect_uri: "" })]) {
      const response = await t.bank.handle(new Request(authorizeUrl(t.base, params)));
      expect(response.status).toBe(400);
      expect(response.headers.get("location")).toBeNull();
      expect(response.headers.get("content-type")).toContain("text/html");
    }
  });

  it("redirects with access_denied and the state for an unknown or foreign finInst", async () => {
    const t = createTestBank();
    for (const finInst of ["fid-ostlandet", "fid-nope"]) {
      const response = await t.bank.handle(new Request(authorizeUrl(t.base, authorizeParams({ finInst, state: "a b&c" }))));
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get("location") ?? "");
      expect(location.origin + location.pathname).toBe("http://localhost:3000/cb");
      expect(location.searchParams.get("error")).toBe("access_denied");
      expect(location.searchParams.get("error_description")).toBeTruthy();
      expect(location.searchParams.get("state")).toBe("a b&c");
    }
  });

  it("rejects a wrong response_type and a non-S256 PKCE method by redirect", async () => {
    const t = createTestBank();
    const wrongType = await t.bank.handle(new Request(authorizeUrl(t.base, authorizeParams({ response_type: "token" }))));
    expect(new URL(wrongType.headers.get("location") ?? "").searchParams.get("error")).toBe("unsupported_response_type");
    const plain = await t.bank.handle(new Request(authorizeUrl(t.base, authorizeParams({ code_challenge: "abc", code_challenge_method: "plain" }))));
    expect(new URL(plain.headers.get("location") ?? "").searchParams.get("error")).toBe("invalid_request");
  });

  it("renders the bank picker without finInst, the client's bank first", async () => {
    const t = createTestBank();
    const params = authorizeParams();
    delete params.finInst;
    const response = await t.bank.handle(new Request(authorizeUrl(t.base, params)));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="nb">');
    expect(html).not.toContain("<script");
    const buttons = [...html.matchAll(/<button[^>]*name="finInst" value="([^"]+)">([^<]+)<\/button>/g)];
    expect(buttons).toHaveLength(12);
    expect(buttons[0]?.[1]).toBe("fid-smn");
    expect(buttons[0]?.[2]).toBe("SpareBank 1 SMN");
    expect(html).toContain('method="get" action="/sandbox/oauth/authorize"');
    expect(html).toContain('name="state" value="st-123"');
  });

  it("renders the BankID page with one button per test person and a Cancel button", async () => {
    const t = createTestBank();
    const html = await (await t.bank.handle(new Request(authorizeUrl(t.base, authorizeParams())))).text();
    expect(html).toMatch(/<h1>BankID<\/h1>/);
    expect(html).toContain("SpareBank 1 SMN");
    expect(html).toContain('<button type="submit" name="person" value="kari">Kari Nordmann</button>');
    expect(html).toContain('<button type="submit" name="person" value="ola">Ola Hansen</button>');
    expect(html).toMatch(/<button[^>]*name="cancel"[^>]*>Cancel<\/button>/);
    expect(html).toContain('method="post"');
  });
});

describe("POST /oauth/authorize", () => {
  const post = (t: ReturnType<typeof createTestBank>, values: Record<string, string>) =>
    t.bank.handle(new Request(`${t.base}/oauth/authorize`, { method: "POST", body: form(values) }));

  it("redirects with a code and the state for a known person", async () => {
    const t = createTestBank();
    const response = await post(t, { ...authorizeParams(), person: "ola" });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.searchParams.get("code")).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    expect(location.searchParams.get("state")).toBe("st-123");
  });

  it("answers 400 HTML for an unknown person and access_denied on cancel", async () => {
    const t = createTestBank();
    const unknown = await post(t, { ...authorizeParams(), person: "mallory" });
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get("location")).toBeNull();
    const cancel = await post(t, { ...authorizeParams(), cancel: "1" });
    const location = new URL(cancel.headers.get("location") ?? "");
    expect(location.searchParams.get("error")).toBe("access_denied");
    expect(location.searchParams.get("state")).toBe("st-123");
  });

  it("validates the client like GET", async () => {
    const t = createTestBank();
    const response = await post(t, { ...authorizeParams({ redirect_uri: "http://evil.example/cb" }), person: "kari" });
    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
    expect(CLIENT.redirectUris).not.toContain("http://evil.example/cb");
  });
});
