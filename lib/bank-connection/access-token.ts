import "server-only";
import { randomUUID } from "node:crypto";
import {
  findConnection,
  markConnection,
  markTokensUnreadable,
  releaseLease,
  storeRotatedTokens,
  tryAcquireLease,
  UNREADABLE_TOKENS,
} from "../db/bank-connections";
import { appConfig } from "../config/app-config";
import { SaldoError, isSaldoError } from "../errors/saldo-error";
import { logEvent } from "../http/log";
import { refreshTokens } from "../sparebank1/token-endpoint";
import { decryptAccessToken, decryptRefreshToken, encryptTokens } from "./token-columns";

const EARLY_REFRESH_MS = 60_000;
const WAIT_STEP_MS = 75;

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

function isKeyError(error: unknown): error is SaldoError {
  return isSaldoError(error, "encryption_key_missing") || isSaldoError(error, "decrypt_failed");
}

/**
 * Tokens no listed key can open (a key dropped from SALDO_ENCRYPTION_KEY, or tampering) are a lost
 * login, not a crash: the connection asks for a new BankID login, which stores tokens under the
 * current key. Synced data stays. Null when new tokens were stored since `connection` was read.
 */
async function loginNeededForUnreadable(connection: Connection, error: SaldoError): Promise<SaldoError | null> {
  const message = `${UNREADABLE_TOKENS}: ${error.message} Log in with BankID again to store a new one.`;
  if (!(await markTokensUnreadable(connection.id, connection.tokenVersion, message))) return null;
  logEvent("bank_tokens_unreadable", { code: error.code });
  return new SaldoError("login_needed", message, { cause: error });
}

/**
 * A valid access token for the user's bank connection, refreshing it when under a minute remains.
 * Refreshes are serialised by a lease in the database (not memory), so concurrent requests, processes
 * and serverless instances cause one refresh; the others wait and reuse its result. `staleVersion`
 * forces a refresh of a token the bank just rejected (once that version is still current).
 */
export async function getAccessToken(userId: string, options: { staleVersion?: number } = {}): Promise<{ token: string; version: number }> {
  const leaseMs = appConfig().bank.refreshLeaseMs;
  // A waiter waits out a whole lease: the holder either stores new tokens or its lease lapses.
  const deadline = Date.now() + leaseMs + 5_000;
  const owner = randomUUID();
  for (;;) {
    const connection = await findConnection(userId);
    if (!connection) throw new SaldoError("login_needed", "Saldo has no bank login for you yet; log in with BankID.");
    assertActive(connection);
    if (usable(connection, Date.now(), options.staleVersion)) {
      try {
        return { token: decryptAccessToken(connection.id, connection.accessTokenEnc), version: connection.tokenVersion };
      } catch (error) {
        if (!isKeyError(error)) throw error;
        const loginNeeded = await loginNeededForUnreadable(connection, error);
        if (loginNeeded) throw loginNeeded;
        continue;
      }
    }
    if (await tryAcquireLease(connection.id, owner, new Date(), leaseMs)) {
      const refreshed = await refreshUnderLease(connection.id, userId, owner, options.staleVersion);
      if (refreshed) return refreshed;
      continue;
    }
    if (Date.now() > deadline) throw new SaldoError("bank_timeout", "Waited too long for another token refresh to finish.");
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
}

/** Null when a new login replaced the tokens while they were being read: the caller reads again. */
async function refreshUnderLease(
  connectionId: string,
  userId: string,
  owner: string,
  staleVersion?: number,
): Promise<{ token: string; version: number } | null> {
  let current: Connection | null = null;
  try {
    // Someone may have refreshed between our read and our lease: re-read under the lease.
    current = await findConnection(userId);
    if (!current || current.id !== connectionId) throw new SaldoError("login_needed", "The bank login was removed.");
    assertActive(current);
    if (usable(current, Date.now(), staleVersion)) {
      const token = decryptAccessToken(current.id, current.accessTokenEnc);
      await releaseLease(connectionId, owner);
      return { token, version: current.tokenVersion };
    }
    const tokens = await refreshTokens(decryptRefreshToken(current.id, current.refreshTokenEnc));
    if (!(await storeRotatedTokens(connectionId, current.tokenVersion, encryptTokens(connectionId, tokens)))) {
      // A new login stored newer tokens meanwhile: those win; read them again.
      await releaseLease(connectionId, owner);
      return null;
    }
    return { token: tokens.accessToken, version: current.tokenVersion + 1 };
  } catch (error) {
    if (isKeyError(error) && current) {
      const loginNeeded = await loginNeededForUnreadable(current, error);
      if (loginNeeded) throw loginNeeded;
      await releaseLease(connectionId, owner);
      return null;
    }
    if (current && (isSaldoError(error, "login_needed") || isSaldoError(error, "client_rejected"))) {
      await markConnection(connectionId, current.tokenVersion, error.code === "login_needed" ? "login_needed" : "client_rejected", error.message);
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
