import "server-only";
import { db } from "./client";

export interface EncryptedTokenColumns {
  accessTokenEnc: string;
  accessExpiresAt: Date;
  refreshTokenEnc: string;
  refreshIdleExpiresAt: Date | null;
  refreshAbsExpiresAt: Date | null;
}

export async function findConnection(userId: string) {
  return db().bankConnection.findUnique({ where: { userId } });
}

/** A fresh login: new tokens, status active, any lease dropped. */
export async function upsertConnectionTokens(userId: string, tokens: (id: string) => EncryptedTokenColumns) {
  const existing = await db().bankConnection.findUnique({ where: { userId }, select: { id: true } });
  if (existing) {
    return db().bankConnection.update({
      where: { id: existing.id },
      data: { ...tokens(existing.id), status: "active", lastError: null, leaseOwner: null, leaseUntil: null, tokenVersion: { increment: 1 } },
    });
  }
  const id = crypto.randomUUID();
  return db().bankConnection.create({ data: { id, userId, ...tokens(id) } });
}

/** Takes the refresh lease if nobody holds a live one. True when this caller now holds it. */
export async function tryAcquireLease(connectionId: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
  const { count } = await db().bankConnection.updateMany({
    where: { id: connectionId, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    data: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs) },
  });
  return count === 1;
}

export async function releaseLease(connectionId: string, owner: string) {
  await db().bankConnection.updateMany({ where: { id: connectionId, leaseOwner: owner }, data: { leaseOwner: null, leaseUntil: null } });
}

/**
 * Stores rotated tokens and drops the lease in one statement, only while the tokens are still the
 * version that was refreshed: a late refresh never overwrites a newer login's or refresh's tokens.
 * Not only while the refresher holds the lease: the bank has rotated the refresh token already, so a
 * refresh whose lease lapsed (a slow store) must still keep what it got. False when nothing was written.
 */
export async function storeRotatedTokens(connectionId: string, tokenVersion: number, columns: EncryptedTokenColumns): Promise<boolean> {
  const { count } = await db().bankConnection.updateMany({
    where: { id: connectionId, tokenVersion },
    data: { ...columns, tokenVersion: { increment: 1 }, status: "active", lastError: null, leaseOwner: null, leaseUntil: null },
  });
  return count === 1;
}

/** Marks the tokens of `tokenVersion` dead (or the client rejected); a newer login is left alone. */
export async function markConnection(connectionId: string, tokenVersion: number, status: "login_needed" | "client_rejected", lastError: string) {
  await db().bankConnection.updateMany({
    where: { id: connectionId, tokenVersion },
    data: { status, lastError, leaseOwner: null, leaseUntil: null },
  });
}

export async function deleteConnection(userId: string) {
  await db().bankConnection.deleteMany({ where: { userId } });
}

/** Every stored bank connection, with the bank identity of the user it belongs to. */
export async function listConnections() {
  return db().bankConnection.findMany({ include: { user: { select: { bankSubject: true } } } });
}

/** Everything synced for a user, and the owner's choices about it, in one transaction (the tokens go with deleteConnection). */
export async function deleteSyncedData(userId: string) {
  await db().$transaction([
    db().seriesChoice.deleteMany({ where: { userId } }),
    db().account.deleteMany({ where: { userId } }),
    db().syncRun.deleteMany({ where: { userId } }),
    db().syncState.deleteMany({ where: { userId } }),
    // Alerts are about synced data; the owner's own budgets and alert settings stay.
    db().alert.deleteMany({ where: { userId } }),
  ]);
}

export interface StoredTokenEnvelopes {
  id: string;
  accessTokenEnc: string;
  refreshTokenEnc: string;
  tokenVersion: number;
}

const envelopeColumns = { id: true, accessTokenEnc: true, refreshTokenEnc: true, tokenVersion: true } as const;

export async function listTokenEnvelopes(): Promise<StoredTokenEnvelopes[]> {
  return db().bankConnection.findMany({ select: envelopeColumns, orderBy: { id: "asc" } });
}

export async function findTokenEnvelopes(connectionId: string): Promise<StoredTokenEnvelopes | null> {
  return db().bankConnection.findUnique({ where: { id: connectionId }, select: envelopeColumns });
}

/**
 * Replaces both envelopes (same tokens, new key) in one statement, only if no refresh or login stored
 * new tokens since `tokenVersion` was read. The version stays: the tokens themselves did not change.
 */
export async function replaceTokenEnvelopes(
  connectionId: string,
  tokenVersion: number,
  envelopes: { accessTokenEnc: string; refreshTokenEnc: string },
): Promise<boolean> {
  const { count } = await db().bankConnection.updateMany({ where: { id: connectionId, tokenVersion }, data: envelopes });
  return count === 1;
}

/**
 * A login marked as needing BankID only because its tokens could not be read (markTokensUnreadable),
 * whose tokens of `tokenVersion` read again (the key is back): active again. A login the bank ended
 * stays as it is.
 */
export async function reactivateReadableLogin(connectionId: string, tokenVersion: number): Promise<boolean> {
  const { count } = await db().bankConnection.updateMany({
    where: { id: connectionId, tokenVersion, status: "login_needed", lastError: { startsWith: UNREADABLE_TOKENS } },
    data: { status: "active", lastError: null },
  });
  return count === 1;
}

/** How the error of a connection whose tokens no key could decrypt begins (see markTokensUnreadable). */
export const UNREADABLE_TOKENS = "Saldo can no longer read the saved bank login";

/**
 * Tokens that no key can decrypt: a new login is the way back, or the key added again and the
 * tokens rotated. `lastError` must begin with UNREADABLE_TOKENS. Skipped (false) when new tokens
 * arrived meanwhile.
 */
export async function markTokensUnreadable(connectionId: string, tokenVersion: number, lastError: string): Promise<boolean> {
  const { count } = await db().bankConnection.updateMany({
    where: { id: connectionId, tokenVersion },
    data: { status: "login_needed", lastError, leaseOwner: null, leaseUntil: null },
  });
  return count === 1;
}
