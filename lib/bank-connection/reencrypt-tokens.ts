import "server-only";
import { appConfig } from "../config/app-config";
import { encryptionKeyId } from "../crypto/aes-gcm";
import { findTokenEnvelopes, listTokenEnvelopes, reactivateReadableLogin, replaceTokenEnvelopes, type StoredTokenEnvelopes } from "../db/bank-connections";
import { isSaldoError } from "../errors/saldo-error";
import { decryptAccessToken, decryptRefreshToken, reencryptTokenEnvelopes } from "./token-columns";

export interface ReencryptReport {
  connections: number;
  reencrypted: number;
  alreadyCurrent: number;
  failed: { connectionId: string; reason: string }[];
}

type RowOutcome = "reencrypted" | "alreadyCurrent" | { reason: string };

function isCurrent(row: StoredTokenEnvelopes, currentKeyId: string): boolean {
  return encryptionKeyId(row.accessTokenEnc) === currentKeyId && encryptionKeyId(row.refreshTokenEnc) === currentKeyId;
}

async function rotateRow(row: StoredTokenEnvelopes, currentKeyId: string, retriesLeft: number): Promise<RowOutcome> {
  if (isCurrent(row, currentKeyId)) return "alreadyCurrent";
  let envelopes: ReturnType<typeof reencryptTokenEnvelopes>;
  try {
    envelopes = reencryptTokenEnvelopes(row.id, row);
  } catch (error) {
    // The code only: a report must never carry anything read from the envelope.
    return { reason: isSaldoError(error) ? error.code : "internal" };
  }
  if (await replaceTokenEnvelopes(row.id, row.tokenVersion, envelopes)) return "reencrypted";
  // A refresh or login stored new tokens meanwhile; theirs win, and are looked at once more.
  if (retriesLeft === 0) return { reason: "conflict" };
  const fresh = await findTokenEnvelopes(row.id);
  // Deleted meanwhile (disconnect): nothing is left to rotate.
  if (!fresh) return "alreadyCurrent";
  return rotateRow(fresh, currentKeyId, retriesLeft - 1);
}

/**
 * Moves every stored bank token to the newest key of SALDO_ENCRYPTION_KEY. Rows already on it are
 * skipped, so a second run is a no-op; a row that does not decrypt is reported and never written.
 * Logins lost only to unreadable tokens come back when their tokens read again.
 */
export async function reencryptAllTokens(): Promise<ReencryptReport> {
  const currentKeyId = appConfig().keyring.current.id;
  const rows = await listTokenEnvelopes();
  const report: ReencryptReport = { connections: rows.length, reencrypted: 0, alreadyCurrent: 0, failed: [] };
  for (const row of rows) {
    const outcome = await rotateRow(row, currentKeyId, 1);
    if (typeof outcome === "string") report[outcome] += 1;
    else report.failed.push({ connectionId: row.id, reason: outcome.reason });
  }
  // A login marked as needing BankID because its tokens could not be read comes back once they read
  // again, whether they were rotated now or were on the current key already.
  for (const row of await listTokenEnvelopes()) {
    if (readable(row)) await reactivateReadableLogin(row.id, row.tokenVersion);
  }
  return report;
}

function readable(row: StoredTokenEnvelopes): boolean {
  try {
    decryptAccessToken(row.id, row.accessTokenEnc);
    decryptRefreshToken(row.id, row.refreshTokenEnc);
    return true;
  } catch {
    return false;
  }
}
