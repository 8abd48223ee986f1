import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A fresh, migrated database file for a test file that reads and writes the store directly. */
export async function useTempDatabase(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "saldo-db-"));
  const url = `file:${path.join(dataDir, "saldo.db")}`;
  Object.assign(process.env, {
    SALDO_DATA_DIR: dataDir,
    DATABASE_URL: url,
    SALDO_ENCRYPTION_KEY: `it:${randomBytes(32).toString("base64")}`,
    AUTH_SECRET: randomBytes(33).toString("base64"),
    AUTH_URL: "http://localhost:3999",
  });
  const { applyMigrations } = await import("../lib/db/migrations");
  await applyMigrations({ url });
}
