// npm run keys:generate: a new encryption key, and the SALDO_ENCRYPTION_KEY that puts it in front
// of the keys in use today (from the environment, .env files, or the sandbox's generated secrets).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { loadOrCreateLocalSecrets } from "../lib/config/local-secrets";
import { newKeyEntry } from "../lib/crypto/new-key-entry";
import { loadEnvFiles } from "./load-env-files";

function currentKeyValue(): string | undefined {
  if (process.env.SALDO_ENCRYPTION_KEY?.trim()) return process.env.SALDO_ENCRYPTION_KEY;
  const dataDir = path.resolve(process.env.SALDO_DATA_DIR || path.join(process.cwd(), ".data"));
  if (!fs.existsSync(path.join(dataDir, "local-secrets.json"))) return undefined;
  return loadOrCreateLocalSecrets(dataDir).secrets.encryptionKey;
}

try {
  loadEnvFiles();
  const current = currentKeyValue();
  const { id, entry, nextValue } = newKeyEntry(randomBytes(32), new Date(), current);
  console.log(`New key ${id}:\n${entry}\n`);
  console.log(`Next value (new key first${current ? ", then the keys in use today" : ""}):\nSALDO_ENCRYPTION_KEY=${nextValue}\n`);
  console.log(
    "Set it, restart Saldo (new tokens now use the new key), run npm run keys:rotate, and once it reports " +
      "0 failed, remove the old keys from SALDO_ENCRYPTION_KEY.",
  );
} catch (error) {
  console.error(`Could not generate a key: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
