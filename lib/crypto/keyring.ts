import { SaldoError } from "../errors/saldo-error";

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

/** The newest key encrypts; every key decrypts what was written with it. */
export interface Keyring {
  current: EncryptionKey;
  byId: ReadonlyMap<string, EncryptionKey>;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * Parses `SALDO_ENCRYPTION_KEY`: either one base64 key of 32 bytes (id "k1"), or a comma-separated
 * list `id:base64,...` with the newest key first.
 */
export function parseKeyring(value: string): Keyring {
  const parts = value.split(",").map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) throw new SaldoError("config_invalid", "SALDO_ENCRYPTION_KEY is empty.");
  const keys = parts.map((part, index) => {
    const separator = part.indexOf(":");
    const id = separator === -1 ? (parts.length === 1 ? "k1" : "") : part.slice(0, separator);
    const encoded = separator === -1 ? part : part.slice(separator + 1);
    if (!KEY_ID.test(id)) {
      throw new SaldoError(
        "config_invalid",
        `SALDO_ENCRYPTION_KEY entry ${index + 1} needs an id: use "id:base64key" (letters, digits, _ or -) when listing several keys.`,
      );
    }
    const key = Buffer.from(encoded, "base64");
    if (key.length !== 32 || key.toString("base64").replace(/=+$/, "") !== encoded.replace(/=+$/, "")) {
      throw new SaldoError(
        "config_invalid",
        `SALDO_ENCRYPTION_KEY key "${id}" must be 32 random bytes in base64 (generate one: openssl rand -base64 32).`,
      );
    }
    return { id, key };
  });
  const byId = new Map<string, EncryptionKey>();
  for (const key of keys) {
    if (byId.has(key.id)) throw new SaldoError("config_invalid", `SALDO_ENCRYPTION_KEY lists key "${key.id}" twice.`);
    byId.set(key.id, key);
  }
  return { current: keys[0]!, byId };
}
