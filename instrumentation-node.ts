// Start-up work for the Node.js server (see instrumentation.ts): refuse the methods Next cannot
// handle, name every bad environment variable, bring a local database file up to date, and warn
// about tokens no key can read.
import { appConfig } from "./lib/config/app-config";
import { logEvent } from "./lib/http/log";
import { refuseUnrepresentableMethods } from "./lib/http/refuse-unrepresentable-methods";

export async function registerNode() {
  refuseUnrepresentableMethods();
  let config;
  try {
    config = appConfig();
  } catch (error) {
    console.error(`[saldo] Cannot start: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (config.database.url.startsWith("file:")) {
    const { applyMigrations } = await import("./lib/db/migrations");
    await applyMigrations({ url: config.database.url });
  }
  await warnAboutUnreadableTokens();
}

// A dropped key only costs the affected users a new BankID login, so it is said loudly but does not
// stop the server: refusing to start would be a crash loop that helps nobody.
async function warnAboutUnreadableTokens() {
  try {
    const { checkStoredTokensReadable } = await import("./lib/bank-connection/check-keyring");
    const check = await checkStoredTokensReadable();
    if (check.ok) return;
    const ids = check.missingKeyIds;
    const message = ids.length
      ? `Bank tokens were encrypted with key${ids.length > 1 ? "s" : ""} ${ids.join(", ")}, which SALDO_ENCRYPTION_KEY no longer lists: ` +
        `add ${ids.length > 1 ? "them" : "it"} back (after the new key) and run npm run keys:rotate, ` +
        "or those users must log in with BankID again."
      : "Some stored bank tokens are in a format Saldo cannot read; those users must log in with BankID again.";
    logEvent("encryption_key_missing", { connections: check.unreadable, missingKeyIds: ids.join(","), message });
  } catch (error) {
    logEvent("encryption_key_check_failed", { reason: error instanceof Error ? error.name : "unknown" });
  }
}
