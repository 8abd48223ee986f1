import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { createClient } from "@libsql/client";
import { expect, test } from "@playwright/test";
import { generateRequests, type FuzzRequest } from "./support/fuzz-requests";
import { OWN_DATA_PAGES, OWN_DATA_ROUTES } from "./support/fuzz-targets-own-data";
import { DATABASE_FILE, E2E_DATA_DIR, SERVER_LOG, STORAGE_STATE } from "./support/paths";

// Generated requests against every page, route handler, server action and public file: random and
// boundary paths, query strings, bodies, methods, headers and cookies, without a session and with a
// valid one. Nothing may answer 5xx or leave an unhandled error in the server log, and every JSON
// refusal of ours must carry an error code. Deterministic for a seed: FUZZ_SEED replays a run.

const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 20_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_130);
const CONCURRENCY = 12;
const SPARE_SESSIONS = 200;

const ROUTES = [
  "/api/accounts",
  "/api/transactions",
  "/api/sync",
  "/api/cron/sync",
  "/api/health",
  "/api/unknown",
  "/api/push/subscriptions",
  "/api/recurring",
  "/api/forecast",
  ...OWN_DATA_ROUTES,
];
const AUTH_ROUTES = [
  "/api/auth/session",
  "/api/auth/csrf",
  "/api/auth/providers",
  "/api/auth/signin",
  "/api/auth/signin/sparebank1",
  "/api/auth/callback/sparebank1",
  "/api/auth/signout",
  "/api/auth/error",
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
const FILES = ["/robots.txt", "/icon.svg", "/favicon.ico", "/_next/static/x.js", "/_next/image?url=%2Ficon.svg&w=64&q=75", "/_next/data/x/index.json"];

interface Outcome {
  status: number;
  contentType: string;
  body: string;
}

function send(agent: http.Agent, port: number, request: FuzzRequest, cookie: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...request.headers };
    if (cookie) headers.Cookie = cookie;
    if (request.body) headers["Content-Length"] = String(request.body.length);
    const outgoing = http.request({ host: "localhost", port, path: request.path, method: request.method, headers, agent, timeout: 30_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, contentType: String(response.headers["content-type"] ?? ""), body: Buffer.concat(chunks).toString("utf8") }),
      );
      response.on("error", reject);
    });
    outgoing.on("timeout", () => outgoing.destroy(new Error("timeout after 30 s")));
    outgoing.on("error", reject);
    outgoing.end(request.body);
  });
}

/** Copies of the owner's session, for requests that may run a server action (sign out among them). */
async function spareSessions(ownerToken: string): Promise<string[]> {
  const database = createClient({ url: `file:${DATABASE_FILE}` });
  const tokens = Array.from({ length: SPARE_SESSIONS }, (_, index) => `fuzz-spare-${index}-${ownerToken.slice(0, 8)}`);
  await database.batch(
    tokens.map((token, index) => ({
      sql: 'INSERT INTO "Session" ("id", "sessionToken", "userId", "expires") SELECT ?, ?, "userId", "expires" FROM "Session" WHERE "sessionToken" = ?',
      args: [`fuzz-spare-${index}`, token, ownerToken],
    })),
    "write",
  );
  database.close();
  return tokens;
}

function decodable(target: string): boolean {
  try {
    decodeURIComponent(target.split("?")[0]!);
    return true;
  } catch {
    return false;
  }
}

function refusalWithoutCode(target: string, outcome: Outcome): boolean {
  if (outcome.status < 400 || target.startsWith("/sandbox/") || !outcome.body) return false;
  // Next refuses a path it cannot decode before any of our code runs, with its HTML error page.
  if (outcome.status === 400 && !decodable(target)) return false;
  // Our refusals are JSON; pages refuse with the not-found page.
  if (!outcome.contentType.includes("json")) return target.startsWith("/api/");
  try {
    return typeof (JSON.parse(outcome.body) as { error?: { code?: unknown } }).error?.code !== "string";
  } catch {
    return true;
  }
}

test(`${TOTAL} generated requests: no 5xx, no unhandled errors, every refusal has a code`, async ({ playwright, baseURL }) => {
  test.setTimeout(15 * 60_000);
  const port = Number(new URL(baseURL!).port);
  const logBefore = fs.readFileSync(SERVER_LOG, "utf8").length;
  const state = JSON.parse(fs.readFileSync(STORAGE_STATE, "utf8")) as { cookies: { name: string; value: string }[] };
  const sessionCookie = state.cookies.find((cookie) => cookie.name.endsWith("authjs.session-token"))!;
  const ownerCookie = `${sessionCookie.name}=${sessionCookie.value}`;

  const api = await playwright.request.newContext({ baseURL, storageState: STORAGE_STATE });
  expect((await (await api.get("/api/auth/session")).json()).user?.id, "the owner's session is valid before the run").toBeTruthy();
  // Real server action ids, as the pages embed them in their forms, and a real account page.
  const actionIds = new Set<string>();
  for (const page of ["/login", "/settings", "/", "/transactions"]) {
    for (const match of (await (await api.get(page)).text()).matchAll(/\$ACTION_ID_([0-9a-f]{20,})/g)) actionIds.add(match[1]!);
  }
  // Every action the build registered, whether or not a page shows its form.
  const manifest = path.join(process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json");
  for (const id of Object.keys((JSON.parse(fs.readFileSync(manifest, "utf8")) as { node: Record<string, unknown> }).node)) actionIds.add(id);
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const match of (await (await anonymous.get("/login")).text()).matchAll(/\$ACTION_ID_([0-9a-f]{20,})/g)) actionIds.add(match[1]!);
  await anonymous.dispose();
  const accounts = (await (await api.get("/api/accounts")).json()) as { accounts: { id: string }[] };
  const pages = ["/", "/accounts", `/accounts/${accounts.accounts[0]?.id ?? "none-left"}`, "/accounts/xyz", "/transactions", "/settings", "/budgets", "/budgets?month=2026-13", "/inbox", "/subscriptions", ...OWN_DATA_PAGES, "/login", "/nb", "/en/settings", "/nb/login", "/no-such-page", "/%", "/%zz"];
  const spare = await spareSessions(sessionCookie.value);

  const requests = generateRequests(SEED, TOTAL, {
    pages,
    routes: ROUTES,
    authRoutes: AUTH_ROUTES,
    sandboxRoutes: SANDBOX_ROUTES,
    files: FILES,
    actionIds: [...actionIds],
    origin: new URL(baseURL!).origin,
  });

  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  let resets = 0;
  let withSession = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < requests.length) {
      const index = next;
      next += 1;
      const request = requests[index]!;
      const session = request.session === "owner" ? ownerCookie : request.session === "spare" ? `${sessionCookie.name}=${spare[index % spare.length]}` : "";
      if (session) withSession += 1;
      const cookie = [...request.cookies, ...(session ? [session] : [])].join("; ");
      // A socket reset while uploading a large body to a route that answered early is the transport,
      // not an answer: counted, tried once more, and a failure if it happens again.
      const attempt = () => send(agent, port, request, cookie).catch((error: unknown) => ({ status: 0, contentType: "", body: String(error) }));
      let outcome = await attempt();
      if (outcome.status === 0 && /ECONNRESET|socket hang up/.test(outcome.body)) {
        resets += 1;
        outcome = await attempt();
      }
      statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
      const where = `#${index} ${request.method} ${request.path.slice(0, 100)}`;
      if (outcome.status === 0 || outcome.status >= 500) failures.push(`${where} → ${outcome.status} ${outcome.body.slice(0, 160)}`);
      else if (refusalWithoutCode(request.path, outcome)) failures.push(`${where} → ${outcome.status} without an error code: ${outcome.body.slice(0, 120)}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  const ownerAfter = (await (await api.get("/api/auth/session")).json()) as { user?: { id?: string } } | null;
  await api.dispose();
  console.log(
    `fuzz (seed ${SEED}): ${requests.length} requests in ${seconds} s, ${withSession} with a valid session, ${resets} connection resets retried, ` +
      `${actionIds.size} server actions, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`,
  );
  const replay = `replay with FUZZ_SEED=${SEED} FUZZ_REQUESTS=${TOTAL}`;
  if (failures.length) fs.writeFileSync(`${E2E_DATA_DIR}/fuzz-failures.txt`, failures.join("\n"));
  expect(resets, replay).toBeLessThan(10);
  expect(failures.slice(0, 20), `${failures.length} failures; ${replay}`).toEqual([]);
  const logAfter = fs.readFileSync(SERVER_LOG, "utf8").slice(logBefore);
  const unhandled = logAfter.split("\n").filter((line) => /unhandled|uncaught|⨯|api\.unexpected_error|\[sandbox\] unexpected/i.test(line));
  console.log(`fuzz: ${logAfter.split("auth.request_refused").length - 1} requests refused at the Auth.js boundary`);
  expect(unhandled.slice(0, 10), `server log; ${replay}`).toEqual([]);
  expect(ownerAfter?.user?.id, "the owner's session is still valid after the run").toBeTruthy();
});
