import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { SaldoError } from "../errors/saldo-error";
import type { Keyring } from "./keyring";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM with a random 96-bit IV. The envelope `v1.<keyId>.<iv>.<ciphertext>.<tag>` names its
 * key so keys can rotate. `context` is authenticated but not stored: a ciphertext moved to another
 * row or field no longer decrypts.
 */
export function encryptSecret(plaintext: string, keyring: Keyring, context: string): string {
  const { id, key } = keyring.current;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(`${VERSION}.${id}.${context}`));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, id, iv, ciphertext, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function decryptSecret(envelope: string, keyring: Keyring, context: string): string {
  const parts = envelope.split(".");
  if (parts.length !== 5 || parts[0] !== VERSION) {
    throw new SaldoError("decrypt_failed", "A stored secret is not in a format Saldo can read.");
  }
  const [, id, iv, ciphertext, tag] = parts as [string, string, string, string, string];
  const entry = keyring.byId.get(id);
  if (!entry) {
    throw new SaldoError(
      "encryption_key_missing",
      `A stored secret was encrypted with key "${id}", which SALDO_ENCRYPTION_KEY does not list.`,
    );
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", entry.key, Buffer.from(iv, "base64url"), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(`${VERSION}.${id}.${context}`));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch (cause) {
    throw new SaldoError("decrypt_failed", "A stored secret failed its integrity check (wrong key or tampered data).", {
      cause,
    });
  }
}

export function encryptionKeyId(envelope: string): string | undefined {
  const parts = envelope.split(".");
  return parts.length === 5 && parts[0] === VERSION ? parts[1] : undefined;
}
