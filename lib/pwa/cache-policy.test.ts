import { describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS } from "../auth/session-max-age";
import { isCacheableData, isCacheablePage, isCompletePage, isFreshAnswer, isStaticAsset, isStorableResponse, meansSignedOut, type ResponseFacts } from "./cache-policy";
import { OFFLINE_COPY_MAX_AGE_SECONDS } from "./offline-caches";

const origin = "https://saldo.example";
const get = (path: string, mode = "cors") => ({ url: `${origin}${path}`, method: "GET", mode, origin });

function response({ headers = {}, ...overrides }: Partial<Omit<ResponseFacts, "headers">> & { headers?: Record<string, string> } = {}): ResponseFacts {
  const map = new Map(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
  return { status: 200, type: "basic", redirected: false, url: `${origin}/`, ...overrides, headers: { get: (name) => map.get(name.toLowerCase()) ?? null } };
}

describe("what the service worker keeps", () => {
  it("keeps the owner's pages, never the login page, route handlers or other origins", () => {
    expect(isCacheablePage(get("/", "navigate"))).toBe(true);
    expect(isCacheablePage(get("/transactions?q=rema", "navigate"))).toBe(true);
    expect(isCacheablePage(get("/login", "navigate"))).toBe(false);
    expect(isCacheablePage(get("/api/accounts", "navigate"))).toBe(false);
    expect(isCacheablePage(get("/sandbox/oauth/authorize", "navigate"))).toBe(false);
    expect(isCacheablePage(get("/transactions"))).toBe(false);
    expect(isCacheablePage({ ...get("/", "navigate"), url: "https://bank.example/" })).toBe(false);
    expect(isCacheablePage({ ...get("/", "navigate"), method: "POST" })).toBe(false);
  });

  it("keeps the pages' data, never auth, backups, exports, jobs or writes", () => {
    expect(isCacheableData(get("/api/transactions?limit=100"))).toBe(true);
    expect(isCacheableData(get("/api/transactions?limit=40&cursor=abc"))).toBe(true);
    for (const filtered of ["q=kiwi", "category=GROCERIES", "account=a1", "from=2026-01-01", "status=PENDING", "direction=in", "min=100", "transfers=include"]) {
      expect(isCacheableData(get(`/api/transactions?limit=40&${filtered}`)), filtered).toBe(false);
    }
    expect(isCacheableData(get("/api/accounts"))).toBe(true);
    for (const path of ["/api/auth/session", "/api/auth/csrf", "/api/backup", "/api/transactions/export?format=csv", "/api/cron/sync", "/api/sync", "/api/push/subscriptions", "/api/health"]) {
      expect(isCacheableData(get(path)), path).toBe(false);
    }
    expect(isCacheableData({ ...get("/api/accounts"), method: "POST" })).toBe(false);
    expect(isCacheableData(get("/transactions"))).toBe(false);
  });

  it("keeps build files and icons", () => {
    expect(isStaticAsset(get("/_next/static/chunks/abc.js"))).toBe(true);
    expect(isStaticAsset(get("/icons/icon-192.png"))).toBe(true);
    expect(isStaticAsset(get("/_next/image?url=x"))).toBe(false);
  });

  it("stores only plain 200 answers", () => {
    expect(isStorableResponse(response())).toBe(true);
    expect(isStorableResponse(response({ status: 500 }))).toBe(false);
    expect(isStorableResponse(response({ status: 404 }))).toBe(false);
    expect(isStorableResponse(response({ status: 0, type: "opaqueredirect" }))).toBe(false);
    expect(isStorableResponse(response({ redirected: true }))).toBe(false);
    expect(isStorableResponse(response({ headers: { "Set-Cookie": "a=b" } }))).toBe(false);
  });

  it("reads a redirect to the login page and a 401 as a session that ended", () => {
    expect(meansSignedOut(`${origin}/`, response({ type: "opaqueredirect", status: 0 }))).toBe(true);
    expect(meansSignedOut(`${origin}/`, response({ redirected: true, url: `${origin}/login` }))).toBe(true);
    expect(meansSignedOut(`${origin}/api/accounts`, response({ status: 401 }))).toBe(true);
    expect(meansSignedOut(`${origin}/`, response({ status: 307, headers: { Location: "/login" } }))).toBe(true);
    expect(meansSignedOut(`${origin}/`, response())).toBe(false);
    expect(meansSignedOut(`${origin}/api/accounts`, response({ status: 503 }))).toBe(false);
  });

  // The login page itself forgets the offline data when no one is signed in (ForgetOfflineData).
  it("does not read a visit to the login page, or the redirect that drops a trailing slash, as a session that ended", () => {
    expect(meansSignedOut(`${origin}/login?reconnect=1`, response())).toBe(false);
    expect(meansSignedOut(`${origin}/login?_rsc=1`, response())).toBe(false);
    expect(meansSignedOut(`${origin}/transactions/`, response({ type: "opaqueredirect", status: 0 }))).toBe(false);
    expect(meansSignedOut(`${origin}/transactions/?q=kiwi`, response({ type: "opaqueredirect", status: 0 }))).toBe(false);
  });

  it("uses a kept answer only while its Date is within the age limit, and one without a readable date always", () => {
    const now = Date.parse("2026-12-01T12:00:00Z");
    const day = 24 * 3600;
    expect(isFreshAnswer("Tue, 01 Dec 2026 11:00:00 GMT", now, day)).toBe(true);
    expect(isFreshAnswer("Mon, 30 Nov 2026 12:00:00 GMT", now, day)).toBe(true);
    expect(isFreshAnswer("Mon, 30 Nov 2026 11:59:59 GMT", now, day)).toBe(false);
    expect(isFreshAnswer("Sat, 31 Oct 2026 12:00:00 GMT", now, 30 * day)).toBe(false);
    expect(isFreshAnswer(null, now, day)).toBe(true);
    expect(isFreshAnswer("not a date", now, day)).toBe(true);
  });
});

describe("a page whose server render failed after its first bytes", () => {
  // Streamed pages answer 200 before their sections render: a section that then fails or redirects
  // (the session ended) is marked in the HTML only. Such a page must not replace the saved copy.
  it("is not kept when a section failed or redirected, and is kept otherwise", () => {
    const page = (body: string) => `<!DOCTYPE html><html lang="nb"><head></head><body><main>${body}</main></body></html>`;
    expect(isCompletePage(page("<h1>Oversikt</h1><p>Saldo 1 234,00 kr</p>"))).toBe(true);
    expect(isCompletePage(page('<!--$!--><template data-dgst="3521456789"></template><!--/$-->'))).toBe(false);
    expect(isCompletePage(page('<script>$RX("B:1","3521456789")</script>'))).toBe(false);
    expect(isCompletePage(page('<meta id="__next-page-redirect" http-equiv="refresh" content="1;url=/login"/>'))).toBe(false);
    // The owner's own text cannot fake the marks: React escapes quotes in text and in its payload.
    expect(isCompletePage(page("<p>data-dgst=&quot;x&quot; and $RX(&quot;B:1&quot;)</p>"))).toBe(true);
  });
});

describe("how long a saved copy is used", () => {
  it("never longer than a session lives", () => {
    const now = Date.parse("2026-12-03T08:00:00Z");
    const daysAgo = (days: number) => new Date(now - days * 24 * 3600 * 1000).toUTCString();
    expect(OFFLINE_COPY_MAX_AGE_SECONDS).toBe(SESSION_MAX_AGE_SECONDS);
    expect(isFreshAnswer(daysAgo(6), now, OFFLINE_COPY_MAX_AGE_SECONDS)).toBe(true);
    expect(isFreshAnswer(daysAgo(8), now, OFFLINE_COPY_MAX_AGE_SECONDS)).toBe(false);
  });
});
