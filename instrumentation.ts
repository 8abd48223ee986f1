// Runs once when the server starts: fail fast on a bad environment (with every bad variable named),
// and bring a local database file up to date so `next start` works without a separate step.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { appConfig } = await import("./lib/config/app-config");
  const config = appConfig();
  if (config.database.url.startsWith("file:")) {
    const { applyMigrations } = await import("./lib/db/migrations");
    await applyMigrations({ url: config.database.url });
  }
}
