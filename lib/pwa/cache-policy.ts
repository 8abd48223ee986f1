// What the service worker may keep for offline use. Pure, so it is tested apart from the worker.

// Data the pages read. Never the sign-in machinery, downloads of the whole store, or jobs.
export const UNCACHED_API_ROUTES = ["auth", "backup", "cron", "sync", "push", "import", "health", "transactions/export"] as const;
const UNCACHED_API = new RegExp(`^/api/(${UNCACHED_API_ROUTES.join("|")})(/|$)`);
const NOT_PAGES = /^\/(api|sandbox|_next)(\/|$)/;

export interface RequestFacts {
  url: string;
  method: string;
  mode?: string;
  /** The request's own origin (the worker's). */
  origin: string;
}

export interface ResponseFacts {
  status: number;
  type: string;
  redirected: boolean;
  url: string;
  headers: { get(name: string): string | null };
}

function sameOriginGet({ url, method, origin }: RequestFacts): URL | null {
  if (method !== "GET") return null;
  const parsed = new URL(url);
  return parsed.origin === origin ? parsed : null;
}

/** A page the owner opened: kept so it opens offline. The login page is never kept. */
export function isCacheablePage(request: RequestFacts): boolean {
  const url = sameOriginGet(request);
  return Boolean(url && request.mode === "navigate" && !NOT_PAGES.test(url.pathname) && url.pathname !== "/login");
}

// The transaction list's own paging; any other parameter filters or searches it.
export const LIST_PAGING = new Set(["limit", "cursor"]);

/**
 * A data request a page makes (e.g. the transaction list's next page). A filtered or searched list
 * is not kept: offline it could only answer that same filter again, and online it would make every
 * filter change pass through the worker (about 14 ms more per change, measured).
 */
export function isCacheableData(request: RequestFacts): boolean {
  const url = sameOriginGet(request);
  if (!url || !url.pathname.startsWith("/api/") || UNCACHED_API.test(url.pathname)) return false;
  if (url.pathname !== "/api/transactions") return true;
  // forEach, not keys(): the worker's type library has no iterable URLSearchParams.
  let paging = true;
  url.searchParams.forEach((_value, key) => (paging &&= LIST_PAGING.has(key)));
  return paging;
}

/** Next.js's build files: content-hashed, so a copy is never stale. */
export function isStaticAsset(request: RequestFacts): boolean {
  const url = sameOriginGet(request);
  return Boolean(url && (url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/icons/") || url.pathname === "/icon.svg"));
}

/** Only plain successful answers are kept: no errors, no redirects, nothing that sets a cookie or asks not to be kept at all. */
export function isStorableResponse(response: ResponseFacts): boolean {
  if (response.status !== 200 || response.type !== "basic" || response.redirected) return false;
  if (response.headers.get("set-cookie")) return false;
  return true;
}

// React's marks of a section that failed on the server after the page's first bytes (its error
// digest, or the instruction that hands it to the browser to render), and Next.js's redirect of a
// page already streaming. The quotes make them React's own: text from the store has them escaped.
const FAILED_SECTION = /data-dgst="|\$RX\("|id="__next-page-redirect"/;

/**
 * Whether a page's HTML is the page: a streamed page answers 200 before its sections render, and a
 * section that then fails (the store is down) or redirects (the session ended) is marked in the HTML only.
 */
export function isCompletePage(html: string): boolean {
  return !FAILED_SECTION.test(html);
}

/**
 * Whether a kept answer is young enough to be used, by its Date header: an answer without a readable
 * date counts as fresh (as Serwist's ExpirationPlugin counts it), so a missing header never hides a page.
 */
export function isFreshAnswer(dateHeader: string | null, now: number, maxAgeSeconds: number): boolean {
  if (dateHeader === null) return true;
  const date = new Date(dateHeader).getTime();
  return Number.isNaN(date) || date >= now - maxAgeSeconds * 1000;
}

/**
 * Whether an answer says the session is gone (a private page redirecting to the login page, or a
 * 401): then every cached page and answer is deleted. A visit to the login page alone says nothing
 * (a signed-in owner renews the bank's consent there): the page itself forgets the offline data
 * when no one is signed in (components/pwa/forget-offline-data.tsx).
 */
export function meansSignedOut(requestUrl: string, response: ResponseFacts): boolean {
  if (response.status === 401) return true;
  // A navigation's redirect is opaque to the worker: any one goes to the login page, except Next.js's
  // own that drops a trailing slash.
  if (response.type === "opaqueredirect") return !/.\/$/.test(new URL(requestUrl).pathname);
  if (response.redirected && new URL(response.url).pathname === "/login") return true;
  const location = response.headers.get("location");
  return location !== null && new URL(location, requestUrl).pathname === "/login";
}

/**
 * Whether an answer means Saldo could not answer: a gateway in front of it (a proxy, the host) that
 * did not reach it, or Saldo too busy. The worker then serves its saved copy, as when offline.
 */
export function meansServerUnreachable(status: number): boolean {
  return status === 502 || status === 503 || status === 504;
}
