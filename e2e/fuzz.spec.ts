import fs from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { OWN_DATA_PAGES, OWN_DATA_ROUTES } from "./support/fuzz-targets-own-data";
import { SERVER_LOG, STORAGE_STATE } from "./support/paths";

// Generated requests against every route handler and server action: random and boundary query
// strings, bodies, headers and methods. Nothing may answer 5xx or leave an unhandled error in the
// server log, and our own API refusals must carry an error code.

const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const CONCURRENCY = 12;

const API_ROUTES = ["/api/accounts", "/api/transactions", "/api/sync", "/api/cron/sync", "/api/health", ...OWN_DATA_ROUTES];
const AUTH_ROUTES = [
  "/api/auth/session",
  "/api/auth/csrf",
  "/api/auth/providers",
  "/api/auth/signin/sparebank1",
  "/api/auth/callback/sparebank1",
  "/api/auth/signout",
  "/api/auth/unknown",
];
const SANDBOX_ROUTES = [
  "/sandbox/oauth/authorize",
  "/sandbox/oauth/token",
  "/sandbox/personal/banking/accounts",
  "/sandbox/personal/banking/accounts/balance",
  "/sandbox/personal/banking/transactions",
  "/sandbox/personal/banking/transactions/classified",
  "/sandbox/personal/banking/transactions/export",
  "/sandbox/common/helloworld",
];
const PAGES = ["/", "/accounts", "/accounts/xyz", "/transactions", "/settings", "/login", ...OWN_DATA_PAGES];
const METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];

let seed = 20261123;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const BOUNDARY = [
  "", " ", "0", "-1", "1e309", "NaN", "null", "undefined", "true", "[]", "{}", "%00", "%ff%fe", "../../etc/passwd",
  "' OR 1=1 --", "<script>alert(1)</script>", "😀".repeat(50), "x".repeat(3000), "2026-02-30", "0000-00-00", "9999-12-31",
  "2026-01-01", "PENDING", "BOOKED", "in", "out", "none", "GROCERIES", "500", "501", "9007199254740993", "-0", "1,5", "1.005",
];
const KEYS = ["from", "to", "account", "category", "q", "min", "max", "status", "direction", "transfers", "cursor", "limit", "accountKey", "accountKey[]",
  "fromDate", "toDate", "rowLimit", "source", "client_id", "redirect_uri", "response_type", "state", "code", "finInst", "person", "callbackUrl", "error", "month"];

function randomQuery(): string {
  const params = new URLSearchParams();
  const pairs = Math.floor(random() * 5);
  for (let index = 0; index < pairs; index += 1) params.append(random() < 0.9 ? pick(KEYS) : pick(BOUNDARY), pick(BOUNDARY));
  const query = params.toString();
  return query ? `?${query}` : random() < 0.05 ? "?%" : "";
}

function randomBody(): { data?: string; contentType?: string } {
  const kind = Math.floor(random() * 6);
  if (kind === 0) return {};
  if (kind === 1) return { data: JSON.stringify({ [pick(KEYS)]: pick(BOUNDARY), rules: random() < 0.5 ? [] : pick(BOUNDARY) }), contentType: "application/json" };
  if (kind === 2) return { data: "{not json", contentType: "application/json" };
  if (kind === 3) return { data: new URLSearchParams({ [pick(KEYS)]: pick(BOUNDARY), grant_type: pick(["authorization_code", "refresh_token", "x"]) }).toString(), contentType: "application/x-www-form-urlencoded" };
  if (kind === 4) return { data: pick(BOUNDARY), contentType: pick(["text/plain", "application/xml", "multipart/form-data; boundary=x"]) };
  return { data: "x".repeat(Math.floor(random() * 20_000)), contentType: "application/octet-stream" };
}

function randomHeaders(baseURL: string): Record<string, string> {
  const headers: Record<string, string> = {};
  if (random() < 0.5) headers.Origin = pick([baseURL, "https://evil.example", "null", ""]);
  if (random() < 0.3) headers.Authorization = pick(["Bearer x", "Bearer " + "a".repeat(60), "Basic !!!", ""]);
  if (random() < 0.3) headers.Accept = pick(["application/json", "application/vnd.sparebank1.v1+json", "text/html", "*/*", "application/csv", "x/y"]);
  if (random() < 0.1) headers.Cookie = pick(["authjs.session-token=forged", "saldo-locale=xx; saldo-theme=<b>", "a=" + "b".repeat(3000)]);
  return headers;
}

interface Outcome {
  url: string;
  method: string;
  status: number;
  body: string;
}

async function send(request: APIRequestContext, baseURL: string, actionIds: string[]): Promise<Outcome> {
  const group = random();
  let path: string;
  let extraHeaders: Record<string, string> = {};
  if (group < 0.35) path = pick(API_ROUTES);
  else if (group < 0.55) path = pick(AUTH_ROUTES);
  else if (group < 0.8) path = pick(SANDBOX_ROUTES);
  else {
    path = pick(PAGES);
    // A server action call: a real action id from our pages, or a made-up one.
    if (random() < 0.6) extraHeaders = { "Next-Action": random() < 0.6 && actionIds.length ? pick(actionIds) : Math.floor(random() * 1e16).toString(16) };
  }
  let method = extraHeaders["Next-Action"] ? "POST" : pick(METHODS);
  // A same-origin "Sync now" is a real sync against the budget: leave that one to the other tests.
  const headers = { ...randomHeaders(baseURL), ...extraHeaders };
  if (path === "/api/sync" && method === "POST" && headers.Origin === baseURL) headers.Origin = "https://evil.example";
  if (method === "HEAD") method = "GET";
  const body = method === "GET" ? {} : randomBody();
  const url = `${path}${randomQuery()}`;
  const response = await request.fetch(url, {
    method,
    headers: { ...headers, ...(body.contentType ? { "Content-Type": body.contentType } : {}) },
    data: body.data,
    maxRedirects: 0,
    failOnStatusCode: false,
    timeout: 30_000,
  });
  const text = path.startsWith("/api/") && !path.startsWith("/api/auth") ? await response.text() : "";
  return { url, method, status: response.status(), body: text };
}

test("10,000 generated requests: no 5xx, no unhandled errors, every API refusal has a code", async ({ playwright, baseURL }) => {
  test.setTimeout(10 * 60_000);
  const logBefore = fs.readFileSync(SERVER_LOG, "utf8").length;
  const anonymous = await playwright.request.newContext({ baseURL });
  const loggedIn = await playwright.request.newContext({ baseURL, storageState: STORAGE_STATE });

  // Real server action ids, as the pages embed them in their forms.
  const actionIds = new Set<string>();
  for (const path of ["/login", "/settings", "/"]) {
    const html = await (await loggedIn.get(path)).text();
    for (const match of html.matchAll(/\$ACTION_ID_([0-9a-f]{20,})/g)) actionIds.add(match[1]!);
  }
  const loginHtml = await (await anonymous.get("/login")).text();
  for (const match of loginHtml.matchAll(/\$ACTION_ID_([0-9a-f]{20,})/g)) actionIds.add(match[1]!);

  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let sent = 0;
  let resets = 0;
  const worker = async () => {
    while (sent < TOTAL) {
      sent += 1;
      // Server actions are fuzzed without a session, so none can act for the owner (e.g. disconnect).
      const useSession = random() < 0.5;
      const context = useSession ? loggedIn : anonymous;
      const ids = actionIds.size ? [...actionIds] : [];
      // A socket reset while uploading a large body to a route that answered early is the transport,
      // not an answer: counted, tried once more, and a failure if it happens again.
      const attempt = () => send(context, baseURL!, ids).catch((error: unknown) => ({ url: "?", method: "?", status: 0, body: String(error) }));
      let outcome = await attempt();
      if (outcome.status === 0 && /ECONNRESET|socket hang up/.test(outcome.body)) {
        resets += 1;
        outcome = await attempt();
      }
      statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
      if (outcome.status === 0 || outcome.status >= 500) failures.push(`${outcome.method} ${outcome.url.slice(0, 120)} → ${outcome.status} ${outcome.body.slice(0, 120)}`);
      else if (outcome.status >= 400 && outcome.body) {
        let code: unknown;
        try {
          code = (JSON.parse(outcome.body) as { error?: { code?: unknown } }).error?.code;
        } catch {
          code = undefined;
        }
        if (typeof code !== "string") failures.push(`${outcome.method} ${outcome.url.slice(0, 120)} → ${outcome.status} without an error code`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await anonymous.dispose();
  await loggedIn.dispose();

  console.log(`fuzz: ${sent} requests (${resets} connection resets retried), ${actionIds.size} server actions, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  expect(sent).toBeGreaterThanOrEqual(TOTAL);
  expect(resets).toBeLessThan(10);
  expect(failures.slice(0, 20)).toEqual([]);
  const logAfter = fs.readFileSync(SERVER_LOG, "utf8").slice(logBefore);
  const unhandled = logAfter.split("\n").filter((line) => /unhandled|uncaught|⨯|api\.unexpected_error|\[sandbox\] unexpected/i.test(line));
  expect(unhandled.slice(0, 10)).toEqual([]);
});
