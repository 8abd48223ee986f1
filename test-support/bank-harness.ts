// Integration-test harness: Saldo's real server code (real libSQL file, real HTTP) against the
// standalone sandbox bank on an ephemeral port, configured as a "real" bank client would be.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startSandboxServer, type StartedSandboxServer } from "../sandbox/start-server";

export const IT_CLIENT = { clientId: "saldo-it", clientSecret: "saldo-it-secret", finInst: "fid-smn" };
export const IT_REDIRECT = "http://localhost:3999/api/auth/callback/sparebank1";

export interface SandboxClockState {
  nowMs: number;
  epochMs: number;
  drift: boolean;
}

/** Sandbox settings; by default it drifts like the real bank, measured from the moment it starts. */
export interface HarnessSandboxOptions {
  drift?: boolean;
  driftEpochMs?: number;
}

export interface Harness {
  sandbox: StartedSandboxServer;
  dataDir: string;
  databaseUrl: string;
  env: Record<string, string>;
  control: {
    addFaults(rules: Record<string, unknown>[]): Promise<void>;
    clearFaults(): Promise<void>;
    calls(): Promise<{ at: number; method: string; path: string; query: string; status: number; clientId?: string; grantType?: string }[]>;
    clearCalls(): Promise<void>;
    expireAccessTokens(): Promise<void>;
    /** Sets the sandbox clock (it runs on from there); optionally the drift epoch too. */
    setClock(nowMs: number, epochMs?: number): Promise<SandboxClockState>;
    advanceClock(ms: number): Promise<SandboxClockState>;
    clock(): Promise<SandboxClockState>;
  };
  /** Scripted BankID login at the sandbox: an authorization code for the person. */
  authorizationCode(personId: string): Promise<string>;
  close(): Promise<void>;
}

export async function startHarness(settings: Record<string, string> = {}, sandboxOptions: HarnessSandboxOptions = {}): Promise<Harness> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "saldo-it-"));
  const controlSecret = randomBytes(24).toString("hex");
  const sandbox = await startSandboxServer({
    port: 0,
    basePath: "",
    clients: [{ ...IT_CLIENT, redirectUris: [IT_REDIRECT] }],
    seed: 1,
    rateLimitPerHour: 60,
    controlSecret,
    ...sandboxOptions,
  });
  const databaseUrl = `file:${path.join(dataDir, "saldo.db")}`;
  const env = {
    SALDO_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    SB1_CLIENT_ID: IT_CLIENT.clientId,
    SB1_CLIENT_SECRET: IT_CLIENT.clientSecret,
    SB1_AUTH_URL: sandbox.url,
    SB1_API_URL: sandbox.url,
    SALDO_ENCRYPTION_KEY: `it:${randomBytes(32).toString("base64")}`,
    AUTH_SECRET: randomBytes(33).toString("base64"),
    AUTH_URL: "http://localhost:3999",
    SALDO_MIN_SYNC_SECONDS: "0",
    ...settings,
  };
  Object.assign(process.env, env);
  const { applyMigrations } = await import("../lib/db/migrations");
  await applyMigrations({ url: databaseUrl });

  const control = async (method: string, route: string, body?: unknown) => {
    const response = await fetch(`${sandbox.url}/__sandbox/${route}`, {
      method,
      headers: { "x-sandbox-control": controlSecret, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`sandbox control ${route}: ${response.status}`);
    return response.json() as Promise<Record<string, unknown>>;
  };

  return {
    sandbox,
    dataDir,
    databaseUrl,
    env,
    control: {
      addFaults: async (rules) => void (await control("POST", "faults", { rules })),
      clearFaults: async () => void (await control("DELETE", "faults")),
      calls: async () => (await control("GET", "calls")).calls as Awaited<ReturnType<Harness["control"]["calls"]>>,
      clearCalls: async () => void (await control("DELETE", "calls")),
      expireAccessTokens: async () => void (await control("POST", "expire-access-tokens")),
      setClock: async (nowMs, epochMs) => (await control("POST", "clock", { nowMs, ...(epochMs === undefined ? {} : { epochMs }) })) as unknown as SandboxClockState,
      advanceClock: async (ms) => (await control("POST", "clock", { advanceMs: ms })) as unknown as SandboxClockState,
      clock: async () => (await control("GET", "clock")) as unknown as SandboxClockState,
    },
    async authorizationCode(personId) {
      const body = new URLSearchParams({
        response_type: "code",
        client_id: IT_CLIENT.clientId,
        redirect_uri: IT_REDIRECT,
        state: randomBytes(8).toString("hex"),
        finInst: IT_CLIENT.finInst,
        person: personId,
      });
      const response = await fetch(`${sandbox.url}/oauth/authorize`, { method: "POST", body, redirect: "manual" });
      const code = new URL(response.headers.get("location") ?? "http://x/").searchParams.get("code");
      if (!code) throw new Error(`no authorization code (${response.status})`);
      return code;
    },
    async close() {
      await sandbox.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
