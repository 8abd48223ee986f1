import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import webpush from "web-push";
import { SANDBOX_CONTROL_SECRET } from "./e2e/support/paths";

// Debian's Chromium (our machines cannot download Playwright's own browsers); any other Chromium via
// PLAYWRIGHT_CHROMIUM_EXECUTABLE, or Playwright's bundled one where it is installed.
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = path.join(import.meta.dirname, ".data", "e2e");
const baseURL = `http://localhost:${E2E_PORT}`;
// A second server of the same build, with its own store, for the ledger's drift month: its bank calls
// must not share the first server's hourly budget.
export const LEDGER_PORT = E2E_PORT + 1;
const LEDGER_DATA_DIR = path.join(import.meta.dirname, ".data", "e2e-ledger");
const ledgerURL = `http://localhost:${LEDGER_PORT}`;
// Both servers use the one build: the second waits until the first has written this run's build.
const RUN_ID = randomBytes(8).toString("hex");
export const E2E_CRON_SECRET = "e2e-cron-secret-0123456789";
// The ledger's server has push notifications set up (the first has none): fresh VAPID keys each run,
// kept in the environment so the test workers, which load this file again, see the same ones.
if (!process.env.E2E_LEDGER_VAPID_PUBLIC_KEY || !process.env.E2E_LEDGER_VAPID_PRIVATE_KEY) {
  const keys = webpush.generateVAPIDKeys();
  process.env.E2E_LEDGER_VAPID_PUBLIC_KEY = keys.publicKey;
  process.env.E2E_LEDGER_VAPID_PRIVATE_KEY = keys.privateKey;
}
/** The sandbox's control API is off in production builds unless this is set; specs send it as x-sandbox-control. */
export const E2E_SANDBOX_CONTROL_SECRET = SANDBOX_CONTROL_SECRET;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"], testIgnore: /(fuzz|ledger|alerts)\.spec\.ts/ },
    // After the flows above, whose data it deletes (and then restores with a new login).
    { name: "destructive", testMatch: /\.destructive\.ts/, use: { ...devices["Desktop Chrome"] }, dependencies: ["chromium"] },
    // Last: it hammers every route, so it must not share the server's hour with the flows above.
    { name: "fuzz", testMatch: /fuzz\.spec\.ts/, dependencies: ["destructive"] },
    { name: "ledger", testMatch: /ledger\.spec\.ts/, use: { ...devices["Desktop Chrome"], baseURL: ledgerURL } },
    // On the ledger's server too (its own bank-call budget), after the drift month.
    { name: "ledger-alerts", testMatch: /alerts\.spec\.ts/, use: { ...devices["Desktop Chrome"], baseURL: ledgerURL }, dependencies: ["ledger"] },
  ],
  webServer: [
    serverConfig(E2E_PORT, E2E_DATA_DIR, {}),
    serverConfig(LEDGER_PORT, LEDGER_DATA_DIR, {
      E2E_WAIT_FOR_BUILD: "1",
      SALDO_BACKFILL_DAYS: "0",
      SALDO_RATE_BUDGET: "60",
      SALDO_VAPID_PUBLIC_KEY: process.env.E2E_LEDGER_VAPID_PUBLIC_KEY!,
      SALDO_VAPID_PRIVATE_KEY: process.env.E2E_LEDGER_VAPID_PRIVATE_KEY!,
    }),
  ],
});

function serverConfig(port: number, dataDir: string, extra: Record<string, string>) {
  const url = `http://localhost:${port}`;
  return {
    // A production build on the sandbox bank, with its own data folder and a server log the tests scan.
    command: `bash scripts/e2e-server.sh ${port}`,
    url: `${url}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: {
      SALDO_DATA_DIR: dataDir,
      // A developer's .env must not leak into the tests: a real client or another database would.
      DATABASE_URL: `file:${path.join(dataDir, "saldo.db")}`,
      SB1_CLIENT_ID: "",
      SB1_CLIENT_SECRET: "",
      SB1_AUTH_URL: "",
      SB1_API_URL: "",
      SALDO_OWNER: "",
      SALDO_VAPID_PUBLIC_KEY: "",
      SALDO_VAPID_PRIVATE_KEY: "",
      SALDO_VAPID_SUBJECT: "",
      AUTH_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      SALDO_MIN_SYNC_SECONDS: "0",
      CRON_SECRET: E2E_CRON_SECRET,
      SANDBOX_CONTROL_SECRET: E2E_SANDBOX_CONTROL_SECRET,
      // A production server needs real secrets (a sandbox deployment too): fresh ones every run.
      SALDO_ENCRYPTION_KEY: `e2e:${randomBytes(32).toString("base64")}`,
      AUTH_SECRET: randomBytes(33).toString("base64"),
      E2E_RUN_ID: RUN_ID,
      ...extra,
    },
  };
}
