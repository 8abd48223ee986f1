import path from "node:path";

export const E2E_DATA_DIR = path.join(process.cwd(), ".data", "e2e");
export const SERVER_LOG = path.join(E2E_DATA_DIR, "server.log");
export const SANDBOX_STATE = path.join(E2E_DATA_DIR, "sandbox-state.json");
export const DATABASE_FILE = path.join(E2E_DATA_DIR, "saldo.db");
/** The second server's store (the ledger's drift month, then alerts; playwright.config.ts). */
export const LEDGER_DATABASE_FILE = path.join(process.cwd(), ".data", "e2e-ledger", "saldo.db");
export const SANDBOX_SEED = 1;
export const STORAGE_STATE = path.join(E2E_DATA_DIR, "kari-storage-state.json");
export const CRON_SECRET = "e2e-cron-secret-0123456789";
/** Sent as x-sandbox-control: the production build opens the sandbox's control API only with it (playwright.config.ts sets it). */
export const SANDBOX_CONTROL_SECRET = "e2e-sandbox-control-0123456789";
