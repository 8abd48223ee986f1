import { osloDate } from "../dates/oslo-date";
import { SaldoError } from "../errors/saldo-error";
import { parseKeyring } from "./keyring";

export interface NewKeyEntry {
  id: string;
  /** `id:base64`, the new first entry of SALDO_ENCRYPTION_KEY. */
  entry: string;
  /** The whole next SALDO_ENCRYPTION_KEY: the new key first, then every key listed today. */
  nextValue: string;
}

/**
 * A new keyring entry named after the day (`k20250131`, `k20250131-2` for a second one that day) and
 * the value that puts it in front of `currentValue`. A lone bare key is spelled out as `k1:` since
 * several keys need ids.
 */
export function newKeyEntry(randomKey: Buffer, now: Date, currentValue?: string): NewKeyEntry {
  if (randomKey.length !== 32) throw new SaldoError("internal", "An encryption key is 32 bytes.");
  const current = currentValue?.trim() ? currentValue.trim() : undefined;
  const keyring = current ? parseKeyring(current) : undefined;
  const day = `k${osloDate(now.getTime()).replaceAll("-", "")}`;
  let id = day;
  for (let n = 2; keyring?.byId.has(id); n += 1) id = `${day}-${n}`;
  const entry = `${id}:${randomKey.toString("base64")}`;
  const existing = keyring ? [...keyring.byId.values()].map((key) => `${key.id}:${key.key.toString("base64")}`) : [];
  return { id, entry, nextValue: [entry, ...existing].join(",") };
}
