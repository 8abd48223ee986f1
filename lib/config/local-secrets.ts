import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export interface LocalSecrets {
  encryptionKey: string;
  authSecret: string;
}

/**
 * Sandbox mode with no .env: generate the encryption key and Auth.js secret once, into the
 * gitignored data folder, so `npm run dev` works with zero configuration and restarts keep logins.
 */
export function loadOrCreateLocalSecrets(dataDir: string): { secrets: LocalSecrets; created: boolean; file: string } {
  const file = path.join(dataDir, "local-secrets.json");
  if (fs.existsSync(file)) {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<LocalSecrets>;
    if (typeof parsed.encryptionKey === "string" && typeof parsed.authSecret === "string") {
      return { secrets: parsed as LocalSecrets, created: false, file };
    }
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const secrets: LocalSecrets = {
    encryptionKey: `local:${randomBytes(32).toString("base64")}`,
    authSecret: randomBytes(33).toString("base64"),
  };
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: "wx" });
  return { secrets, created: true, file };
}
