import path from "node:path";
import { appConfig, SANDBOX_BASE_PATH, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, SANDBOX_FIN_INST } from "@/lib/config/app-config";
import { createSandboxBank, type SandboxBank } from "@/sandbox/bank";

const globalForSandbox = globalThis as typeof globalThis & { saldoSandbox?: SandboxBank };

function controlAccess(production: boolean, secret: string | undefined): { controlApi: boolean; controlSecret?: string } {
  if (!production) return { controlApi: true };
  return secret ? { controlApi: true, controlSecret: secret } : { controlApi: false };
}

/** The built-in sandbox bank, mounted only while no real SpareBank 1 client is configured. */
function sandbox(): SandboxBank | undefined {
  const config = appConfig();
  if (config.mode !== "sandbox") return undefined;
  if (!globalForSandbox.saldoSandbox) {
    const origins = new Set([config.baseUrl, config.baseUrl.replace("//localhost", "//127.0.0.1")]);
    globalForSandbox.saldoSandbox = createSandboxBank({
      basePath: SANDBOX_BASE_PATH,
      clients: [
        {
          clientId: SANDBOX_CLIENT_ID,
          clientSecret: SANDBOX_CLIENT_SECRET,
          redirectUris: [...origins].map((origin) => `${origin}/api/auth/callback/sparebank1`),
          finInst: SANDBOX_FIN_INST,
        },
      ],
      seed: config.sandbox.seed,
      lifetimes: {
        ...(config.sandbox.accessSeconds ? { accessSeconds: config.sandbox.accessSeconds } : {}),
        ...(config.sandbox.refreshIdleSeconds ? { refreshIdleSeconds: config.sandbox.refreshIdleSeconds } : {}),
      },
      rateLimitPerHour: config.sandbox.rateLimitPerHour,
      stateFile: path.join(config.dataDir, "sandbox-state.json"),
      drift: config.sandbox.drift,
      // Fault switches and the call log are for tests: open in development, and in production only
      // behind a secret, so a public sandbox demo has no backdoor.
      ...controlAccess(config.production, config.sandbox.controlSecret),
    });
  }
  return globalForSandbox.saldoSandbox;
}

async function handle(request: Request): Promise<Response> {
  const bank = sandbox();
  // With a real client configured the sandbox (and its fault switches) does not exist.
  if (!bank) return Response.json({ error: { code: "not_found", message: "Not found." } }, { status: 404 });
  return bank.handle(request);
}

export { handle as GET, handle as POST, handle as PUT, handle as DELETE, handle as PATCH };
