import { createHash, randomBytes } from "node:crypto";
import { createSandboxBank, type SandboxBank, type SandboxOptions } from "./bank";
import { generateLedger, type Ledger } from "./data";

export const CLIENT = { clientId: "test-client", clientSecret: "test-secret", redirectUris: ["http://localhost:3000/cb"], finInst: "fid-smn" };
export const OTHER_CLIENT = { clientId: "other-client", clientSecret: "other-secret", redirectUris: ["http://localhost:3000/other"] };
export const ORIGIN = "http://bank.test";
export const V1 = "application/vnd.sparebank1.v1+json; charset=utf-8";

export interface TestBank {
  bank: SandboxBank;
  clock: { now: number; advance(seconds: number): void };
  base: string;
  /** The drift epoch the bank was created with. */
  epochMs: number;
  drift: boolean;
}

/** What the bank shows the person right now: the ledger with the bank's own drift settings. */
export function truth(t: TestBank, person = "kari", nowMs = t.clock.now): Ledger {
  return generateLedger(1, person, nowMs, t.drift ? { drift: true, epochMs: t.epochMs } : undefined);
}

export function control(t: TestBank, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return t.bank.handle(
    new Request(`${t.base}/__sandbox/${path}`, { method, headers: { ...headers, ...(body ? { "content-type": "application/json" } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) }),
  );
}

export function createTestBank(options: Partial<SandboxOptions> = {}): TestBank {
  const clock = {
    now: Date.UTC(2025, 10, 12, 10, 0, 0),
    advance(seconds: number) {
      clock.now += seconds * 1000;
    },
  };
  const basePath = options.basePath ?? "/sandbox";
  const bank = createSandboxBank({ clients: [CLIENT, OTHER_CLIENT], now: () => clock.now, ...options, basePath });
  return { bank, clock, base: `${ORIGIN}${basePath}`, epochMs: options.driftEpochMs ?? clock.now, drift: options.drift ?? true };
}

export function form(values: Record<string, string>): URLSearchParams {
  return new URLSearchParams(values);
}

export function authorizeParams(extra: Record<string, string> = {}): Record<string, string> {
  return { response_type: "code", client_id: CLIENT.clientId, redirect_uri: "http://localhost:3000/cb", state: "st-123", finInst: "fid-smn", ...extra };
}

export async function getCode(t: TestBank, person = "kari", extra: Record<string, string> = {}): Promise<string> {
  const response = await t.bank.handle(new Request(`${t.base}/oauth/authorize`, { method: "POST", body: form({ ...authorizeParams(extra), person }) }));
  const location = new URL(response.headers.get("location") ?? "");
  const code = location.searchParams.get("code");
  if (!code) throw new Error(`no code: ${response.status} ${location}`);
  return code;
}

export function tokenRequest(t: TestBank, values: Record<string, string>, auth: "body" | "basic" = "body"): Request {
  const body = auth === "body" ? { client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret, ...values } : values;
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (auth === "basic") headers.authorization = `Basic ${Buffer.from(`${CLIENT.clientId}:${CLIENT.clientSecret}`).toString("base64")}`;
  return new Request(`${t.base}/oauth/token`, { method: "POST", headers, body: form(body) });
}

export interface Tokens {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  refresh_token_expires_in: number;
  refresh_token_absolute_expires_in: number;
}

export async function login(t: TestBank, person = "kari"): Promise<Tokens> {
  const code = await getCode(t, person);
  const response = await t.bank.handle(tokenRequest(t, { grant_type: "authorization_code", code, redirect_uri: "http://localhost:3000/cb" }));
  if (response.status !== 200) throw new Error(`token exchange failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as Tokens;
}

export function api(t: TestBank, token: string, pathAndQuery: string, init: { accept?: string; method?: string; body?: string } = {}): Promise<Response> {
  return t.bank.handle(
    new Request(`${t.base}${pathAndQuery}`, {
      method: init.method ?? "GET",
      headers: { authorization: `Bearer ${token}`, accept: init.accept ?? V1, ...(init.body ? { "content-type": V1 } : {}) },
      ...(init.body ? { body: init.body } : {}),
    }),
  );
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}
