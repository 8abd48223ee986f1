import { z } from "zod";

/** A VAPID public key: 65 bytes (an uncompressed P-256 point) in base64url without padding. */
export const VAPID_PUBLIC_KEY = /^[A-Za-z0-9_-]{87}$/;

// Empty strings (as left by `FOO=` in a .env file) count as unset.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const seconds = (max: number) => z.coerce.number().int().min(1).max(max);
const bool = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");

export const envSchema = z.object({
  NODE_ENV: optional(z.enum(["development", "production", "test"])),
  PORT: optional(z.coerce.number().int().min(1).max(65535)),
  AUTH_URL: optional(z.url({ protocol: /^https?$/, error: "must be the app's public origin, e.g. http://localhost:3000" })),
  AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (generate one: openssl rand -base64 33)")),
  SALDO_DATA_DIR: optional(z.string()),
  SALDO_ENCRYPTION_KEY: optional(z.string()),
  DATABASE_URL: optional(
    z.string().regex(/^(file:|libsql:|https:|wss:)/, "must start with file:, libsql:, https: or wss:"),
  ),
  DATABASE_AUTH_TOKEN: optional(z.string()),
  SB1_CLIENT_ID: optional(z.string().max(200)),
  SB1_CLIENT_SECRET: optional(z.string().max(500)),
  SB1_FIN_INST: optional(z.string().regex(/^fid-[a-z0-9-]+$/, 'must be a bank id such as "fid-smn"')),
  SB1_AUTH_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })),
  SB1_API_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })),
  SB1_PKCE: optional(bool),
  SB1_CLIENT_AUTH: optional(z.enum(["client_secret_post", "client_secret_basic"])),
  SB1_TIMEOUT_MS: optional(z.coerce.number().int().min(500).max(120_000)),
  SALDO_RATE_BUDGET: optional(z.coerce.number().int().min(1).max(60)),
  SALDO_STALE_MINUTES: optional(z.coerce.number().int().min(1).max(24 * 60)),
  SALDO_MIN_SYNC_SECONDS: optional(z.coerce.number().int().min(0).max(24 * 3600)),
  SALDO_SYNC_LEASE_SECONDS: optional(z.coerce.number().int().min(1).max(3600)),
  SALDO_BACKFILL_DAYS: optional(z.coerce.number().int().min(0).max(3650)),
  SALDO_OWNER: optional(z.string().max(200)),
  CRON_SECRET: optional(z.string().min(16, "must be at least 16 characters (generate one: openssl rand -hex 24)")),
  SANDBOX_SEED: optional(z.coerce.number().int().min(0)),
  SANDBOX_ACCESS_SECONDS: optional(seconds(3600)),
  SANDBOX_REFRESH_IDLE_SECONDS: optional(seconds(400 * 86400)),
  SANDBOX_RATE_LIMIT: optional(z.coerce.number().int().min(1).max(100_000)),
  SANDBOX_CONTROL_SECRET: optional(z.string().min(16, "must be at least 16 characters (generate one: openssl rand -hex 24)")),
  SANDBOX_DRIFT: optional(bool),
  SALDO_VAPID_PUBLIC_KEY: optional(z.string().regex(VAPID_PUBLIC_KEY, "must be a VAPID public key (base64url, 65 bytes; npm run keys:vapid)")),
  SALDO_VAPID_PRIVATE_KEY: optional(z.string().regex(/^[A-Za-z0-9_-]{43}$/, "must be a VAPID private key (base64url, 32 bytes; npm run keys:vapid)")),
  SALDO_VAPID_SUBJECT: optional(z.string().regex(/^(mailto:|https:\/\/)/, "must be a mailto: or https: address")),
});

export type RawEnv = z.infer<typeof envSchema>;

export function describeEnvErrors(error: z.ZodError): string {
  return error.issues.map((issue) => `- ${issue.path.join(".")}: ${issue.message}`).join("\n");
}
