import path from "node:path";

export const E2E_DATA_DIR = path.join(process.cwd(), ".data", "e2e");
export const SERVER_LOG = path.join(E2E_DATA_DIR, "server.log");
export const SANDBOX_STATE = path.join(E2E_DATA_DIR, "sandbox-state.json");
export const DATABASE_FILE = path.join(E2E_DATA_DIR, "saldo.db");
export const SANDBOX_SEED = 1;
