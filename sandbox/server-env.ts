import { z } from "zod";

const positiveInt = z.coerce.number().int().positive();

const EnvSchema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(4455),
  SANDBOX_HOST: z.string().min(1).default("localhost"),
  SANDBOX_CLIENT_ID: z.string().min(1).default("saldo-sandbox"),
  SANDBOX_CLIENT_SECRET: z.string().min(1).default("saldo-sandbox-secret"),
  SANDBOX_REDIRECT_URIS: z
    .string()
    .default("http://localhost:3000/api/auth/callback/sparebank1")
    .transform((value) => value.split(",").map((uri) => uri.trim()).filter(Boolean))
    .pipe(z.array(z.url()).min(1)),
  SANDBOX_FIN_INST: z.string().min(1).default("fid-smn"),
  SANDBOX_SEED: z.coerce.number().int().default(1),
  SANDBOX_ACCESS_SECONDS: positiveInt.optional(),
  SANDBOX_REFRESH_IDLE_SECONDS: positiveInt.optional(),
  SANDBOX_RATE_LIMIT: positiveInt.optional(),
  SANDBOX_STATE_FILE: z.string().min(1).optional(),
  SANDBOX_CONTROL_SECRET: z.string().min(16).optional(),
  SANDBOX_DRIFT: z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1").default(true),
});

export type SandboxEnv = z.infer<typeof EnvSchema>;

/** Empty strings count as unset so `SANDBOX_SEED= npm run sandbox` behaves like leaving it out. */
export function parseSandboxEnv(env: Record<string, string | undefined>): { ok: true; env: SandboxEnv } | { ok: false; message: string } {
  const relevant = Object.fromEntries(Object.entries(env).filter(([name, value]) => name.startsWith("SANDBOX_") && value !== ""));
  const parsed = EnvSchema.safeParse(relevant);
  if (parsed.success) return { ok: true, env: parsed.data };
  const problems = parsed.error.issues.map((issue) => `  ${issue.path[0] === undefined ? "(env)" : String(issue.path[0])}: ${issue.message}`);
  return { ok: false, message: `Invalid sandbox environment:\n${problems.join("\n")}` };
}
