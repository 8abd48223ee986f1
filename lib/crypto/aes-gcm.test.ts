import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isSaldoError } from "../errors/saldo-error";
import { decryptSecret, encryptSecret, encryptionKeyId } from "./aes-gcm";
import { parseKeyring } from "./keyring";

const keyA = randomBytes(32).toString("base64");
const keyB = randomBytes(32).toString("base64");

describe("encryptSecret / decryptSecret", () => {
  const keyring = parseKeyring(keyA);

  it("round-trips and never contains the plaintext", () => {
    const secret = "refresh-token-" + "x".repeat(80);
    const envelope = encryptSecret(secret, keyring, "conn1:refresh");
    expect(envelope).not.toContain(secret);
    expect(envelope).not.toContain("refresh-token");
    expect(decryptSecret(envelope, keyring, "conn1:refresh")).toBe(secret);
  });

  it("uses a fresh IV every time", () => {
    const a = encryptSecret("same", keyring, "c");
    const b = encryptSecret("same", keyring, "c");
    expect(a).not.toBe(b);
    expect(a.split(".")[2]).not.toBe(b.split(".")[2]);
  });

  it("detects tampering with ciphertext, tag or IV", () => {
    const envelope = encryptSecret("secret value", keyring, "c");
    const parts = envelope.split(".");
    for (const index of [2, 3, 4]) {
      const bytes = Buffer.from(parts[index]!, "base64url");
      bytes[0] = bytes[0]! ^ 1;
      const tampered = [...parts];
      tampered[index] = bytes.toString("base64url");
      expect(() => decryptSecret(tampered.join("."), keyring, "c")).toThrowError(/integrity/);
    }
  });

  it("refuses a ciphertext moved to another context", () => {
    const envelope = encryptSecret("secret", keyring, "conn1:access");
    expect(() => decryptSecret(envelope, keyring, "conn2:access")).toThrowError(/integrity/);
  });

  it("refuses the wrong key with the same id", () => {
    const envelope = encryptSecret("secret", keyring, "c");
    try {
      decryptSecret(envelope, parseKeyring(keyB), "c");
      expect.unreachable();
    } catch (error) {
      expect(isSaldoError(error, "decrypt_failed")).toBe(true);
    }
  });

  it("names a missing key id clearly", () => {
    const envelope = encryptSecret("secret", parseKeyring(`old:${keyA}`), "c");
    expect(() => decryptSecret(envelope, parseKeyring(`new:${keyB}`), "c")).toThrowError(/key "old"/);
  });

  it("encrypts with the newest key and still decrypts with older ones", () => {
    const old = encryptSecret("secret", parseKeyring(`k1:${keyA}`), "c");
    const rotated = parseKeyring(`k2:${keyB},k1:${keyA}`);
    expect(decryptSecret(old, rotated, "c")).toBe("secret");
    const fresh = encryptSecret("secret", rotated, "c");
    expect(encryptionKeyId(fresh)).toBe("k2");
  });
});

describe("parseKeyring", () => {
  it("accepts one bare key as k1", () => {
    expect(parseKeyring(keyA).current.id).toBe("k1");
  });
  it.each([
    ["", /empty/],
    ["c2hvcnQ=", /32 random bytes/],
    [`${keyA},${keyB}`, /needs an id/],
    [`a:${keyA},a:${keyB}`, /twice/],
    ["bad id!:" + keyA, /needs an id/],
  ])("rejects %j", (value, message) => {
    expect(() => parseKeyring(value)).toThrowError(message);
  });
});
