import { BANKS } from "./data/banks";
import { parseSandboxEnv } from "./server-env";
import { startSandboxServer } from "./start-server";

async function main(): Promise<void> {
  const parsed = parseSandboxEnv(process.env);
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(1);
  }
  const env = parsed.env;
  if (!BANKS.some((bank) => bank.id === env.SANDBOX_FIN_INST)) {
    console.error(`Invalid sandbox environment:\n  SANDBOX_FIN_INST: unknown bank id ${env.SANDBOX_FIN_INST}`);
    process.exit(1);
  }
  const server = await startSandboxServer({
    port: env.SANDBOX_PORT,
    host: env.SANDBOX_HOST,
    basePath: "",
    seed: env.SANDBOX_SEED,
    clients: [{ clientId: env.SANDBOX_CLIENT_ID, clientSecret: env.SANDBOX_CLIENT_SECRET, redirectUris: env.SANDBOX_REDIRECT_URIS, finInst: env.SANDBOX_FIN_INST }],
    lifetimes: {
      ...(env.SANDBOX_ACCESS_SECONDS ? { accessSeconds: env.SANDBOX_ACCESS_SECONDS } : {}),
      ...(env.SANDBOX_REFRESH_IDLE_SECONDS ? { refreshIdleSeconds: env.SANDBOX_REFRESH_IDLE_SECONDS } : {}),
    },
    ...(env.SANDBOX_RATE_LIMIT ? { rateLimitPerHour: env.SANDBOX_RATE_LIMIT } : {}),
    ...(env.SANDBOX_STATE_FILE ? { stateFile: env.SANDBOX_STATE_FILE } : {}),
    ...(env.SANDBOX_CONTROL_SECRET ? { controlSecret: env.SANDBOX_CONTROL_SECRET } : {}),
    drift: env.SANDBOX_DRIFT,
  });
  console.log(`Sandbox bank listening on ${server.url}`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error("Sandbox bank failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
