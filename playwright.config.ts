import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { SANDBOX_CONTROL_SECRET } from "./e2e/support/paths";

// Debian's Chromium (our machines cannot download Playwright's own browsers); any other Chromium via
// PLAYWRIGHT_CHROMIUM_EXECUTABLE, or Playwright's bundled one where it is installed.
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = path.join(import.meta.dirname, ".data", "e2e");
const baseURL = `http://localhost:${E2E_PORT}`;
export const E2E_CRON_SECRET = "e2e-cron-secret-0123456789";
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
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"], testIgnore: /fuzz\.spec\.ts/ },
    // After the flows above, whose data it deletes (and then restores with a new login).
    { name: "destructive", testMatch: /\.destructive\.ts/, use: { ...devices["Desktop Chrome"] }, dependencies: ["chromium"] },
    // Last: it hammers every route, so it must not share the server's hour with the flows above.
    { name: "fuzz", testMatch: /fuzz\.spec\.ts/, dependencies: ["destructive"] },
  ],
  webServer: {
    // A production build on the sandbox bank, with its own data folder and a server log the tests scan.
    command: `bash scripts/e2e-server.sh ${E2E_PORT}`,
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      SALDO_DATA_DIR: E2E_DATA_DIR,
      // A developer's .env must not leak into the tests: a real client or another database would.
      DATABASE_URL: `file:${path.join(E2E_DATA_DIR, "saldo.db")}`,
      SB1_CLIENT_ID: "",
      SB1_CLIENT_SECRET: "",
      SB1_AUTH_URL: "",
      SB1_API_URL: "",
      SALDO_OWNER: "",
      AUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      SALDO_MIN_SYNC_SECONDS: "0",
      CRON_SECRET: E2E_CRON_SECRET,
      SANDBOX_CONTROL_SECRET: E2E_SANDBOX_CONTROL_SECRET,
      // A production server needs real secrets (a sandbox deployment too): fresh ones every run.
      SALDO_ENCRYPTION_KEY: `e2e:${randomBytes(32).toString("base64")}`,
      AUTH_SECRET: randomBytes(33).toString("base64"),
    },
  },
});
