// The fuzz's request generator: deterministic for a seed, so a failing run can be replayed with
// FUZZ_SEED. It knows nothing about the server; the spec fills in session cookies and sends.

export type FuzzSession = "none" | "owner" | "spare";

export interface FuzzRequest {
  path: string;
  method: string;
  headers: Record<string, string>;
  /** Cookies besides the session cookie, already joined as "name=value" pairs. */
  cookies: string[];
  session: FuzzSession;
  body?: Buffer;
}

export interface FuzzTargets {
  pages: readonly string[];
  routes: readonly string[];
  authRoutes: readonly string[];
  sandboxRoutes: readonly string[];
  files: readonly string[];
  actionIds: readonly string[];
  /** The server's own origin, e.g. http://localhost:3200. */
  origin: string;
}

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const METHODS = ["GET", "GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE"];

const APP_COOKIES = [
  "authjs.session-token",
  "__Secure-authjs.session-token",
  "authjs.callback-url",
  "__Secure-authjs.callback-url",
  "authjs.csrf-token",
  "__Host-authjs.csrf-token",
  "authjs.state",
  "__Secure-authjs.state",
  "authjs.pkce.code_verifier",
  "__Secure-authjs.pkce.code_verifier",
  "authjs.nonce",
  "saldo-locale",
  "saldo-theme",
  "__prerender_bypass",
  "__next_preview_data",
  "next-auth.session-token",
];

const BOUNDARY = [
  "", " ", "0", "-1", "1e309", "NaN", "null", "undefined", "true", "[]", "{}", "%00", "%ff%fe", "../../etc/passwd",
  "' OR 1=1 --", "<script>alert(1)</script>", "😀".repeat(50), "x".repeat(3000), "2026-02-30", "0000-00-00", "9999-12-31",
  "2026-01-01", "PENDING", "BOOKED", "in", "out", "none", "GROCERIES", "500", "501", "9007199254740993", "-0", "1,5", "1.005",
  "50%", "a_b", "\\", "%", "/", "//evil.example", "https://evil.example/", "/settings", "nb", "en", "dark",
];
const KEYS = ["from", "to", "account", "category", "q", "min", "max", "status", "direction", "transfers", "cursor", "limit", "accountKey", "accountKey[]",
  "fromDate", "toDate", "rowLimit", "source", "client_id", "redirect_uri", "response_type", "state", "code", "finInst", "person", "callbackUrl", "error", "month",
  "reconnect", "locale", "theme", "csrfToken", "_rsc", "__nextDataReq", "nxtPlocale", "nxtIid", "__nextLocale", "grant_type", "refresh_token"];

const COOKIE_VALUES: ((random: () => number) => string)[] = [
  () => "%",
  () => "%zz",
  () => "%ff%fe%E0%A4%A",
  () => "",
  () => '"',
  () => '"quoted"',
  () => "\\\\",
  () => "a=b=c",
  () => "/",
  () => "//evil.example",
  () => "http://localhost:3200/settings",
  () => "https://evil.example/",
  () => "2026-02-30",
  () => "nb",
  () => "en",
  () => "xx",
  () => "dark",
  () => "j:{\"a\":1}",
  () => "\u00ff\u00e6\u00f8\u00e5",
  (random) => "a".repeat(Math.floor(random() * 6000)),
  (random) => printable(random, Math.floor(random() * 200)),
  (random) => latin1(random, Math.floor(random() * 60)),
];

const ACCEPT_LANGUAGES = ["nb-NO,nb;q=0.9", "en-US", "*", "", ";;;q=x,*;q=NaN", "%%%", "xx-YY;q=2", "en;q=-1,nb;q=1e309", "a".repeat(4000), "nb,".repeat(500), "\u00e6\u00f8"];
const HOSTS = ["", "evil.example", "localhost:1", "[::1]:x", "localhost:3200:3200", "a b", "%", "localhost/../x", "xn--", "[", "x".repeat(300)];
const FORWARDED_PROTOS = ["https", "http", "javascript", "", "https,http", "%", "ftp:"];
const ROUTER_STATE_TREES = ["%", "[1,2", "%5B%22%22%5D", encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }, null, null, true])), "null", "{}", "a".repeat(3000), "%5B%5D"];
const SEGMENT_PREFETCHES = ["/_tree", "/_index", "/%", "/__PAGE__", "../../", "x", "/_tree/extra", ""];
const RANGES = ["bytes=0-1", "bytes=999-1", "bytes=abc", "bytes=5-1", "bytes=-0", "bytes=0-0,1-1,2-2,3-3,4-4,5-5", "bytes=99999999999999999999-", "items=0-1", "bytes="];
const CONTENT_TYPES = [
  "multipart/form-data",
  "multipart/form-data; boundary=",
  'multipart/form-data; boundary=""',
  "multipart/form-data; boundary=x",
  `multipart/form-data; boundary=${"b".repeat(300)}`,
  "multipart/form-data; boundary=a; boundary=b",
  "multipart/mixed; boundary=x",
  "Multipart/Form-Data; boundary=x",
  "application/x-www-form-urlencoded",
  "application/x-www-form-urlencoded; charset=utf-7",
  "text/plain;charset=UTF-8",
  "text/plain; charset=bogus",
  "application/json",
  "application/json; charset=latin1",
  "text/x-component",
  "application/octet-stream",
  "",
  "/",
  ";;;",
];
const INTERNAL_HEADERS: [string, string[]][] = [
  ["x-middleware-subrequest", ["proxy:proxy:proxy:proxy:proxy", "middleware", "src/middleware"]],
  ["x-middleware-prefetch", ["1"]],
  ["x-nextjs-data", ["1"]],
  ["x-invoke-path", ["/api/health", "%"]],
  ["x-now-route-matches", ["%", "1=x"]],
  ["x-prerender-revalidate", ["x", ""]],
  ["x-nonce", ["<script>"]],
  ["content-security-policy", ["script-src *"]],
  ["next-test-proxy-port", ["1"]],
  ["purpose", ["prefetch"]],
  ["sec-purpose", ["prefetch"]],
  ["x-http-method-override", ["DELETE"]],
  ["if-none-match", ['"x"', "*", "W/"]],
  ["if-match", ['"nope"', "*"]],
  ["if-modified-since", ["Mon, 01 Jan 3000 00:00:00 GMT", "yesterday"]],
  ["if-unmodified-since", ["Mon, 01 Jan 1990 00:00:00 GMT", "x"]],
  ["if-range", ['"x"', "Mon, 01 Jan 1990 00:00:00 GMT"]],
  ["sec-fetch-dest", ["image", "document", "script", "x"]],
  ["sec-fetch-mode", ["navigate", "cors", "x"]],
  ["accept-encoding", ["gzip;q=x", "br, zstd, *;q=0", "identity;q=0"]],
  ["expect", ["100-continue"]],
];

function printable(random: () => number, length: number): string {
  let text = "";
  for (let index = 0; index < length; index += 1) text += String.fromCharCode(0x20 + Math.floor(random() * 95));
  return text.replace(/;/g, "%3B");
}

function latin1(random: () => number, length: number): string {
  let text = "";
  for (let index = 0; index < length; index += 1) text += String.fromCharCode(random() < 0.5 ? 0x21 + Math.floor(random() * 94) : 0x80 + Math.floor(random() * 128));
  return text.replace(/;/g, "%3B");
}

export function generateRequests(seed: number, count: number, targets: FuzzTargets): FuzzRequest[] {
  const random = seededRandom(seed);
  const chance = (p: number) => random() < p;
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  const query = (): string => {
    if (chance(0.05)) return pick(["?%", "?a=%zz", "?callbackUrl=%", "?=", "?&&&", "?a[]=1&a[b]=2", `?${"k=v&".repeat(400)}`]);
    const params = new URLSearchParams();
    const pairs = Math.floor(random() * 5);
    for (let index = 0; index < pairs; index += 1) params.append(chance(0.9) ? pick(KEYS) : pick(BOUNDARY), pick(BOUNDARY));
    const text = params.toString();
    return text ? `?${text}` : "";
  };

  const mangledPath = (path: string): string => {
    if (!chance(0.08)) return path;
    return pick([`${path}/`, `${path}%`, `${path}%zz`, `${path}/%2e%2e/%2e%2e/`, `/${path}`, `${path};x=1`, `${path}/index`, `${path}%00`, `${path}/..%2f..%2f`]);
  };

  const multipart = (boundary: string): Buffer => {
    const parts: string[] = [];
    const fields = Math.floor(random() * 4);
    for (let index = 0; index < fields; index += 1) {
      const name = pick([
        ...(targets.actionIds.length ? [`$ACTION_ID_${pick(targets.actionIds)}`] : []),
        "$ACTION_ID_../../x",
        "$ACTION_REF_1",
        "$ACTION_1:0",
        "$ACTION_KEY",
        "0",
        "1_locale",
        "locale",
        "theme",
        "deleteData",
        pick(KEYS),
      ]);
      const value = pick(['["$K1"]', "[]", "{not json", '["$@1"]', '"$T"', "nb", "dark", "on", ...BOUNDARY]);
      const filename = chance(0.1) ? '; filename="a.txt"' : "";
      parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename}\r\n\r\n${value}\r\n`);
    }
    const end = chance(0.85) ? `--${boundary}--\r\n` : pick(["", `--${boundary}`, "--other--\r\n"]);
    return Buffer.from(parts.join("") + end, "latin1");
  };

  const body = (): { data?: Buffer; contentType?: string } => {
    const kind = Math.floor(random() * 9);
    if (kind === 0) return {};
    if (kind === 1) return { data: Buffer.from(JSON.stringify({ [pick(KEYS)]: pick(BOUNDARY), rules: chance(0.5) ? [] : pick(BOUNDARY) })), contentType: "application/json" };
    if (kind === 2) return { data: Buffer.from(pick(["{not json", "[]", '["$K1"]', "null", "\u0000", "[" .repeat(5000)])), contentType: pick(CONTENT_TYPES) };
    if (kind === 3) {
      const form = new URLSearchParams({ [pick(KEYS)]: pick(BOUNDARY), grant_type: pick(["authorization_code", "refresh_token", "x"]) });
      if (chance(0.3) && targets.actionIds.length) form.set(`$ACTION_ID_${pick(targets.actionIds)}`, "");
      return { data: Buffer.from(form.toString()), contentType: "application/x-www-form-urlencoded" };
    }
    if (kind === 4 || kind === 5) {
      const boundary = pick(["x", "----saldo", "b".repeat(70), "a b", "é"]);
      const type = chance(0.8) ? `multipart/form-data; boundary=${boundary}` : pick(CONTENT_TYPES);
      return { data: multipart(boundary), contentType: type };
    }
    if (kind === 6) return { data: Buffer.from(pick(BOUNDARY)), contentType: pick(CONTENT_TYPES) };
    if (kind === 7) return { data: Buffer.from(latin1(random, Math.floor(random() * 400)), "latin1"), contentType: pick(CONTENT_TYPES) };
    return { data: Buffer.alloc(Math.floor(random() * 40_000), "x"), contentType: pick(["application/octet-stream", ...CONTENT_TYPES]) };
  };

  const cookies = (): string[] => {
    const list: string[] = [];
    const count = chance(0.5) ? 0 : 1 + Math.floor(random() * 5);
    for (let index = 0; index < count; index += 1) {
      const name = chance(0.85) ? pick(APP_COOKIES) : pick(["", " ", "a", "a b", "=", "é", "x".repeat(200), "__Host-x", "$Version"]);
      list.push(`${chance(0.05) ? " " : ""}${name}=${pick(COOKIE_VALUES)(random)}`);
    }
    if (chance(0.01)) list.push(`big=${"z".repeat(20_000)}`);
    if (chance(0.02)) list.push(pick(["", ";", "novalue", "=novalue"]));
    return list;
  };

  const headers = (): Record<string, string> => {
    const result: Record<string, string> = {};
    if (chance(0.4)) result.Origin = pick([targets.origin, targets.origin, "https://evil.example", "null", "", "%"]);
    if (chance(0.2)) result.Referer = pick([`${targets.origin}/settings`, "https://evil.example/", "%", ""]);
    if (chance(0.2)) result.Authorization = pick(["Bearer x", `Bearer ${"a".repeat(60)}`, "Basic !!!", "Basic " + Buffer.from("a:b").toString("base64"), ""]);
    if (chance(0.3)) result.Accept = pick(["application/json", "application/vnd.sparebank1.v1+json", "text/html", "*/*", "application/csv", "x/y", "text/x-component", ""]);
    if (chance(0.3)) result["Accept-Language"] = pick(ACCEPT_LANGUAGES);
    if (chance(0.05)) result.Host = pick(HOSTS);
    if (chance(0.1)) result["X-Forwarded-Host"] = pick(HOSTS);
    if (chance(0.1)) result["X-Forwarded-Proto"] = pick(FORWARDED_PROTOS);
    if (chance(0.05)) result["X-Forwarded-Port"] = pick(["1", "x", "99999", ""]);
    if (chance(0.05)) result["X-Forwarded-For"] = pick(["1.2.3.4", "x", "::1, 1.1.1.1", ""]);
    if (chance(0.15)) result.RSC = pick(["1", "0", "x"]);
    if (chance(0.1)) result["Next-Router-State-Tree"] = pick(ROUTER_STATE_TREES);
    if (chance(0.08)) result["Next-Router-Prefetch"] = pick(["1", "2", "x"]);
    if (chance(0.08)) result["Next-Router-Segment-Prefetch"] = pick(SEGMENT_PREFETCHES);
    if (chance(0.05)) result["Next-Url"] = pick(["/settings", "%", "//evil.example", ""]);
    if (chance(0.05)) result["Next-Hmr-Refresh"] = "1";
    if (chance(0.1)) result.Range = pick(RANGES);
    for (const [name, values] of INTERNAL_HEADERS) if (chance(0.015)) result[name] = pick(values);
    return result;
  };

  const requests: FuzzRequest[] = [];
  for (let index = 0; index < count; index += 1) {
    const group = random();
    let path: string;
    const extra: Record<string, string> = {};
    let isAction = false;
    if (group < 0.25) path = pick(targets.routes);
    else if (group < 0.42) path = pick(targets.authRoutes);
    else if (group < 0.52) path = pick(targets.sandboxRoutes);
    else if (group < 0.57) path = pick(targets.files);
    else {
      path = pick(targets.pages);
      // A server action call: a real action id from our pages, or a made-up one.
      if (chance(0.45)) {
        isAction = true;
        extra["Next-Action"] = chance(0.7) && targets.actionIds.length ? pick(targets.actionIds) : pick([Math.floor(random() * 1e16).toString(16), "", "x".repeat(42), "0".repeat(42)]);
      }
    }
    const method = isAction ? (chance(0.9) ? "POST" : pick(METHODS)) : pick(METHODS);
    const requestHeaders = { ...headers(), ...extra };
    // A same-origin "Sync now" is a real sync against the bank budget: leave that to the other tests.
    if (path === "/api/sync" && method === "POST" && requestHeaders.Origin === targets.origin) requestHeaders.Origin = "https://evil.example";
    const requestBody = method === "GET" || method === "HEAD" ? {} : body();
    // Anything that may run a server action (sign out among them) runs on a spare session, so the
    // owner's session stays valid for the whole run.
    const mayAct = isAction || (targets.pages.includes(path) && /\$ACTION_|%24ACTION_/.test(requestBody.data?.toString("latin1") ?? ""));
    const session: FuzzSession = chance(0.5) ? "none" : mayAct ? "spare" : "owner";
    if (requestBody.contentType !== undefined && !isAction && chance(0.9)) requestHeaders["Content-Type"] = requestBody.contentType;
    if (isAction && requestBody.contentType !== undefined) requestHeaders["Content-Type"] = chance(0.2) ? pick(CONTENT_TYPES) : requestBody.contentType;
    requests.push({ path: `${mangledPath(path)}${query()}`, method, headers: requestHeaders, cookies: cookies(), session, body: requestBody.data });
  }
  return requests;
}
