import "server-only";
import { appConfig } from "../config/app-config";
import { encryptionKeyId } from "../crypto/aes-gcm";
import { listTokenEnvelopes } from "../db/bank-connections";

export interface KeyringCheck {
  ok: boolean;
  /** Key ids named by stored envelopes that SALDO_ENCRYPTION_KEY does not list, sorted. */
  missingKeyIds: string[];
  /** Connections with at least one envelope no listed key can open (missing key or unknown format). */
  unreadable: number;
}

/** Compares the key ids the stored envelopes name with the keyring; decrypts nothing. */
export async function checkStoredTokensReadable(): Promise<KeyringCheck> {
  const { keyring } = appConfig();
  const missing = new Set<string>();
  let unreadable = 0;
  for (const row of await listTokenEnvelopes()) {
    let readable = true;
    for (const envelope of [row.accessTokenEnc, row.refreshTokenEnc]) {
      const id = encryptionKeyId(envelope);
      if (id !== undefined && keyring.byId.has(id)) continue;
      readable = false;
      if (id !== undefined) missing.add(id);
    }
    if (!readable) unreadable += 1;
  }
  return { ok: unreadable === 0, missingKeyIds: [...missing].sort(), unreadable };
}
