import "server-only";
import path from "node:path";
import { parseKeyring, type Keyring } from "../crypto/keyring";
import { SaldoError, isSaldoError } from "../errors/saldo-error";
import { resolveDatabaseUrl } from "../db/database-url";
import { REAL_BANK_API_URL, REAL_BANK_AUTH_URL } from "./bank-urls";
import { describeEnvErrors, envSchema } from "./env-schema";
import { loadOrCreateLocalSecrets } from "./local-secrets";

export const SANDBOX_CLIENT_ID = "saldo-sandbox";
export const SANDBOX_CLIENT_SECRET = "saldo-sandbox-secret";
export const SANDBOX_FIN_INST = "fid-smn";
export const SANDBOX_BASE_PATH = "/sandbox";
// Time for the database writes around a bank call, on top of its timeout.
const LEASE_MARGIN_MS = 5_000;

export interface AppConfig {
  mode: "sandbox" | "bank";
  production: boolean;
  baseUrl: string;
  dataDir: string;
  database: { url: string; authToken?: string };
  authSecret: string;
  keyring: Keyring;
  bank: {
    clientId: string;
    clientSecret: string;
    finInst?: string;
    authUrl: string;
    apiUrl: string;
    pkce: boolean;
    clientAuth: "client_secret_post" | "client_secret_basic";
    timeoutMs: number;
    /** The token refresh lease: outlasts one bank call at its timeout, so a live refresher never loses it. */
    refreshLeaseMs: number;
  };
  sync: {
    rateBudgetPerHour: number;
    staleAfterMinutes: number;
    minSyncSeconds: number;
    leaseSeconds: number;
    backfillDays: number;
    initialDays: number;
    overlapDays: number;
    backfillWindowDays: number;
  };
  cronSecret?: string;
  owner?: string;
  /** Web Push keys from the environment; absent means push is off (or, in local sandbox mode, generated). */
  vapid?: { publicKey: string; privateKey: string; subject?: string };
  sandbox: { seed: number; accessSeconds?: number; refreshIdleSeconds?: number; rateLimitPerHour?: number; controlSecret?: string; drift: boolean };
}

function buildConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new SaldoError("config_invalid", `Saldo's environment is invalid:\n${describeEnvErrors(parsed.error)}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  const mode = e.SB1_CLIENT_ID ? "bank" : "sandbox";
  const baseUrl = (e.AUTH_URL ?? `http://localhost:${e.PORT ?? 3000}`).replace(/\/+$/, "");
  // A runtime folder, not part of the build: kept out of the output file tracing.
  const dataDir = path.resolve(/*turbopackIgnore: true*/ e.SALDO_DATA_DIR ?? path.join(process.cwd(), ".data"));

  if (mode === "bank" && !e.SB1_CLIENT_SECRET) {
    throw new SaldoError("config_invalid", "SB1_CLIENT_SECRET is required when SB1_CLIENT_ID is set (real-bank mode).");
  }
  let encryptionKey = e.SALDO_ENCRYPTION_KEY;
  let authSecret = e.AUTH_SECRET;
  if (!encryptionKey || !authSecret) {
    if (mode === "bank" || production) {
      const missing = [!encryptionKey && "SALDO_ENCRYPTION_KEY", !authSecret && "AUTH_SECRET"].filter(Boolean);
      throw new SaldoError(
        "config_invalid",
        `${missing.join(" and ")} must be set ${mode === "bank" ? "in real-bank mode" : "in production"} (see .env.example).`,
      );
    }
    const local = loadOrCreateLocalSecrets(dataDir);
    if (local.created) console.info(`[saldo] Sandbox mode: generated an encryption key and auth secret in ${local.file}`);
    encryptionKey ??= local.secrets.encryptionKey;
    authSecret ??= local.secrets.authSecret;
  }
  let keyring: Keyring;
  try {
    keyring = parseKeyring(encryptionKey);
  } catch (error) {
    throw isSaldoError(error) ? error : new SaldoError("config_invalid", "SALDO_ENCRYPTION_KEY is invalid.");
  }

  const timeoutMs = e.SB1_TIMEOUT_MS ?? 15_000;
  // The sync renews its lease before every bank call: it must outlast one call (a refresh and the
  // call itself, each up to the timeout).
  const leaseSeconds = e.SALDO_SYNC_LEASE_SECONDS ?? Math.max(120, Math.ceil((2 * timeoutMs + LEASE_MARGIN_MS) / 1000));
  if (leaseSeconds * 1000 < 2 * timeoutMs + LEASE_MARGIN_MS) {
    throw new SaldoError(
      "config_invalid",
      `SALDO_SYNC_LEASE_SECONDS must be at least ${Math.ceil((2 * timeoutMs + LEASE_MARGIN_MS) / 1000)} with SB1_TIMEOUT_MS=${timeoutMs} (two bank calls and a margin).`,
    );
  }
  if (Boolean(e.SALDO_VAPID_PUBLIC_KEY) !== Boolean(e.SALDO_VAPID_PRIVATE_KEY)) {
    throw new SaldoError("config_invalid", "SALDO_VAPID_PUBLIC_KEY and SALDO_VAPID_PRIVATE_KEY are set together or not at all (npm run keys:vapid).");
  }
  const sandboxUrl = `${baseUrl}${SANDBOX_BASE_PATH}`;
  return {
    mode,
    production,
    baseUrl,
    dataDir,
    database: { url: resolveDatabaseUrl(e.DATABASE_URL, dataDir), authToken: e.DATABASE_AUTH_TOKEN },
    authSecret,
    keyring,
    bank: {
      clientId: e.SB1_CLIENT_ID ?? SANDBOX_CLIENT_ID,
      clientSecret: e.SB1_CLIENT_SECRET ?? SANDBOX_CLIENT_SECRET,
      finInst: e.SB1_FIN_INST,
      authUrl: (e.SB1_AUTH_URL ?? (mode === "bank" ? REAL_BANK_AUTH_URL : sandboxUrl)).replace(/\/+$/, ""),
      apiUrl: (e.SB1_API_URL ?? (mode === "bank" ? REAL_BANK_API_URL : sandboxUrl)).replace(/\/+$/, ""),
      pkce: e.SB1_PKCE ?? mode === "sandbox",
      clientAuth: e.SB1_CLIENT_AUTH ?? "client_secret_post",
      timeoutMs,
      refreshLeaseMs: timeoutMs + LEASE_MARGIN_MS,
    },
    sync: {
      rateBudgetPerHour: e.SALDO_RATE_BUDGET ?? 50,
      staleAfterMinutes: e.SALDO_STALE_MINUTES ?? 15,
      minSyncSeconds: e.SALDO_MIN_SYNC_SECONDS ?? 60,
      // Longer than a whole sync can take (three bank calls at their timeout); a killed sync's lease lapses after it.
      leaseSeconds,
      backfillDays: e.SALDO_BACKFILL_DAYS ?? 730,
      initialDays: 90,
      overlapDays: 10,
      backfillWindowDays: 92,
    },
    cronSecret: e.CRON_SECRET,
    vapid: e.SALDO_VAPID_PUBLIC_KEY && e.SALDO_VAPID_PRIVATE_KEY ? { publicKey: e.SALDO_VAPID_PUBLIC_KEY, privateKey: e.SALDO_VAPID_PRIVATE_KEY, subject: e.SALDO_VAPID_SUBJECT } : undefined,
    owner: e.SALDO_OWNER,
    sandbox: {
      seed: e.SANDBOX_SEED ?? 1,
      accessSeconds: e.SANDBOX_ACCESS_SECONDS,
      refreshIdleSeconds: e.SANDBOX_REFRESH_IDLE_SECONDS,
      rateLimitPerHour: e.SANDBOX_RATE_LIMIT,
      controlSecret: e.SANDBOX_CONTROL_SECRET,
      drift: e.SANDBOX_DRIFT ?? true,
    },
  };
}

let cached: AppConfig | undefined;
let failure: SaldoError | undefined;

/** Validated once per process; throws a SaldoError naming every bad variable (the same one each time). */
export function appConfig(): AppConfig {
  if (failure) throw failure;
  try {
    cached ??= buildConfig(process.env);
  } catch (error) {
    failure = isSaldoError(error) ? error : new SaldoError("config_invalid", "Saldo's environment is invalid.");
    throw failure;
  }
  return cached;
}

export function configFrom(env: Record<string, string | undefined>): AppConfig {
  return buildConfig(env);
}
