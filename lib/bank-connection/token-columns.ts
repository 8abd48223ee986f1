import "server-only";
import { appConfig } from "../config/app-config";
import { decryptSecret, encryptSecret } from "../crypto/aes-gcm";
import type { EncryptedTokenColumns } from "../db/bank-connections";
import type { BankTokens } from "../domain/types";

// The AAD binds each ciphertext to its connection and field: swapping columns or rows breaks it.
const context = (connectionId: string, field: "access" | "refresh") => `bank-connection:${connectionId}:${field}`;

export function encryptTokens(connectionId: string, tokens: BankTokens): EncryptedTokenColumns {
  const { keyring } = appConfig();
  return {
    accessTokenEnc: encryptSecret(tokens.accessToken, keyring, context(connectionId, "access")),
    accessExpiresAt: tokens.accessExpiresAt,
    refreshTokenEnc: encryptSecret(tokens.refreshToken, keyring, context(connectionId, "refresh")),
    refreshIdleExpiresAt: tokens.refreshIdleExpiresAt ?? null,
    refreshAbsExpiresAt: tokens.refreshAbsoluteExpiresAt ?? null,
  };
}

export function decryptAccessToken(connectionId: string, envelope: string): string {
  return decryptSecret(envelope, appConfig().keyring, context(connectionId, "access"));
}

export function decryptRefreshToken(connectionId: string, envelope: string): string {
  return decryptSecret(envelope, appConfig().keyring, context(connectionId, "refresh"));
}

/** The same tokens under the newest key; throws the decryption's SaldoError when a key is missing or wrong. */
export function reencryptTokenEnvelopes(
  connectionId: string,
  envelopes: { accessTokenEnc: string; refreshTokenEnc: string },
): { accessTokenEnc: string; refreshTokenEnc: string } {
  const { keyring } = appConfig();
  const accessToken = decryptAccessToken(connectionId, envelopes.accessTokenEnc);
  const refreshToken = decryptRefreshToken(connectionId, envelopes.refreshTokenEnc);
  return {
    accessTokenEnc: encryptSecret(accessToken, keyring, context(connectionId, "access")),
    refreshTokenEnc: encryptSecret(refreshToken, keyring, context(connectionId, "refresh")),
  };
}
