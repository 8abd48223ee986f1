import { NextResponse, type NextRequest } from "next/server";
import { bankAuthOrigin } from "./lib/config/bank-urls";
import { LOCALE_COOKIE, negotiateLocale } from "./lib/i18n/negotiate-locale";
import { PRERENDERED_SCRIPT_HASHES } from "./lib/security/prerendered-inline-scripts";
import { contentSecurityPolicy, newNonce, staticSecurityHeaders } from "./lib/security/security-headers";
import { checkServerActionRequest } from "./lib/security/server-action-gate";

const production = process.env.NODE_ENV === "production";

const PRIVATE_PAGES = /^\/(accounts|transactions|subscriptions|budgets|inbox|rules|settings)?(\/|$)/;
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
// Route handlers, the root files and Next.js's build files; every other path is a page, served from
// its language's tree (where an unknown one is the not-found page).
const ROUTE_HANDLERS = /^\/(api|sandbox|_next)\//;
const API_OR_SANDBOX = /^\/(api|sandbox)\//;
const ROOT_FILES = new Set(["/robots.txt", "/icon.svg", "/sw.js", "/manifest.webmanifest"]);
const ROOT_FOLDERS = /^\/icons\//;

function ownOrigins(request: NextRequest): string[] {
  const origins = [request.nextUrl.origin];
  try {
    if (process.env.AUTH_URL) origins.push(new URL(process.env.AUTH_URL).origin);
  } catch {
    // A malformed AUTH_URL is reported by the configuration check.
  }
  return origins;
}

/**
 * Every response but Next.js's own build files gets the security headers; pages get a fresh CSP
 * nonce, which Next.js reads from the request's policy header and puts on its own scripts.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const isPage = !ROUTE_HANDLERS.test(pathname) && !ROOT_FILES.has(pathname) && !ROOT_FOLDERS.test(pathname);
  // Next renders a page for every path but our route handlers (build files it cannot find get the
  // not-found page, and /api/x/%2e%2e/ is the home page), and reads a form post to any page as a
  // possible action.
  const resolved = new URL(pathname.replace(/%2e/gi, "."), request.nextUrl.origin).pathname;
  const refusal = await checkServerActionRequest(request, ownOrigins(request), { page: !API_OR_SANDBOX.test(resolved) });
  if (refusal) {
    return withStaticHeaders(NextResponse.json({ error: { code: refusal.code, message: refusal.message } }, { status: refusal.status }));
  }
  // Without a session cookie a private page can only end at the login page: say so with a plain
  // redirect before rendering (the page itself still checks the session for real).
  if (PRIVATE_PAGES.test(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    return withStaticHeaders(NextResponse.redirect(new URL("/login", request.url)));
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce, scriptHashes: PRERENDERED_SCRIPT_HASHES, production, bankAuthOrigin: bankAuthOrigin(process.env) });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = isPage
    ? NextResponse.rewrite(pageInLanguage(request), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return withStaticHeaders(response);
}

/** The page's address inside its language's tree: /transactions → /nb/transactions. */
function pageInLanguage(request: NextRequest): URL {
  const locale = negotiateLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${url.pathname === "/" ? "" : url.pathname}`;
  return url;
}

function withStaticHeaders(response: NextResponse): NextResponse {
  for (const [name, value] of Object.entries(staticSecurityHeaders(production))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    { source: "/((?!_next/static|_next/image).*)" },
    // Build files skip the proxy, except form posts, which Next would read as actions.
    { source: "/_next/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
