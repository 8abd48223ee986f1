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
 * Whether an answer says the session is gone (a private page redirecting to the login page, the
 * login page itself, or a 401): then every cached page and answer is deleted.
 */
export function meansSignedOut(requestUrl: string, response: ResponseFacts): boolean {
  if (response.status === 401) return true;
  if (new URL(requestUrl).pathname === "/login") return true;
  if (response.type === "opaqueredirect") return true;
  if (response.redirected && new URL(response.url).pathname === "/login") return true;
  const location = response.headers.get("location");
  return location !== null && new URL(location, requestUrl).pathname === "/login";
}
