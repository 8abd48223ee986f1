import "server-only";
import { randomUUID } from "node:crypto";
import { findConnection, markConnection, releaseLease, storeRotatedTokens, tryAcquireLease } from "../db/bank-connections";
import { SaldoError, isSaldoError } from "../errors/saldo-error";
import { refreshTokens } from "../sparebank1/token-endpoint";
import { decryptAccessToken, decryptRefreshToken, encryptTokens } from "./token-columns";

const EARLY_REFRESH_MS = 60_000;
// Longer than the bank call's timeout, so a live refresher never loses its lease to a waiter.
const LEASE_MS = 30_000;
const WAIT_STEP_MS = 75;
const WAIT_LIMIT_MS = 35_000;

type Connection = NonNullable<Awaited<ReturnType<typeof findConnection>>>;

function usable(connection: Connection, now: number, staleVersion?: number): boolean {
  return (
    connection.status === "active" &&
    connection.accessExpiresAt.getTime() - now > EARLY_REFRESH_MS &&
    connection.tokenVersion !== staleVersion
  );
}

function assertActive(connection: Connection): void {
  if (connection.status === "login_needed") {
    throw new SaldoError("login_needed", "The bank login has expired; log in with BankID again.");
  }
  if (connection.status === "client_rejected") {
    throw new SaldoError("client_rejected", connection.lastError ?? "The bank rejected Saldo's client credentials.");
  }
}

/**
 * A valid access token for the user's bank connection, refreshing it when under a minute remains.
 * Refreshes are serialised by a lease in the database (not memory), so concurrent requests, processes
 * and serverless instances cause one refresh; the others wait and reuse its result. `staleVersion`
 * forces a refresh of a token the bank just rejected (once that version is still current).
 */
export async function getAccessToken(userId: string, options: { staleVersion?: number } = {}): Promise<{ token: string; version: number }> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  const owner = randomUUID();
  for (;;) {
    const connection = await findConnection(userId);
    if (!connection) throw new SaldoError("login_needed", "Saldo has no bank login for you yet; log in with BankID.");
    assertActive(connection);
    if (usable(connection, Date.now(), options.staleVersion)) {
      return { token: decryptAccessToken(connection.id, connection.accessTokenEnc), version: connection.tokenVersion };
    }
    if (await tryAcquireLease(connection.id, owner, new Date(), LEASE_MS)) {
      return refreshUnderLease(connection.id, userId, owner, options.staleVersion);
    }
    if (Date.now() > deadline) throw new SaldoError("bank_timeout", "Waited too long for another token refresh to finish.");
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
}

async function refreshUnderLease(connectionId: string, userId: string, owner: string, staleVersion?: number) {
  try {
    // Someone may have refreshed between our read and our lease: re-read under the lease.
    const current = await findConnection(userId);
    if (!current || current.id !== connectionId) throw new SaldoError("login_needed", "The bank login was removed.");
    assertActive(current);
    if (usable(current, Date.now(), staleVersion)) {
      await releaseLease(connectionId, owner);
      return { token: decryptAccessToken(current.id, current.accessTokenEnc), version: current.tokenVersion };
    }
    const tokens = await refreshTokens(decryptRefreshToken(current.id, current.refreshTokenEnc));
    await storeRotatedTokens(connectionId, encryptTokens(connectionId, tokens));
    return { token: tokens.accessToken, version: current.tokenVersion + 1 };
  } catch (error) {
    if (isSaldoError(error, "login_needed") || isSaldoError(error, "client_rejected")) {
      await markConnection(connectionId, error.code === "login_needed" ? "login_needed" : "client_rejected", error.message);
    } else {
      await releaseLease(connectionId, owner);
    }
    throw error;
  }
}

/** Runs `call` with a valid token; after a 401 it refreshes once and retries once. */
export async function withAccessToken<T>(userId: string, call: (token: string) => Promise<T>): Promise<T> {
  const first = await getAccessToken(userId);
  try {
    return await call(first.token);
  } catch (error) {
    if (!isSaldoError(error, "unauthenticated")) throw error;
    const second = await getAccessToken(userId, { staleVersion: first.version });
    try {
      return await call(second.token);
    } catch (retryError) {
      if (isSaldoError(retryError, "unauthenticated")) {
        throw new SaldoError("login_needed", "The bank keeps rejecting Saldo's access; log in with BankID again.");
      }
      throw retryError;
    }
  }
}
