import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function pkceChallenge(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Per-login transaction id: looks encrypted and differs between token families for the same row. */
export function transactionId(seed: number, familyId: string, stableKey: string): string {
  return createHmac("sha256", `saldo-sandbox-transaction-ids:${seed}`).update(`${familyId}\n${stableKey}`).digest("base64url");
}
