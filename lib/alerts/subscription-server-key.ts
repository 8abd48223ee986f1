import { SaldoError } from "../errors/saldo-error";

/**
 * The server key to keep with a subscription being saved: the one it was made with, when that is the
 * server's key now. A subscription made with replaced keys is refused (the push service would refuse
 * every message to it); one whose key the page did not say is kept with none, as before.
 */
export function serverKeyToKeep(madeWith: string | undefined, current: string): string | null {
  if (madeWith === undefined) return null;
  if (madeWith !== current) throw new SaldoError("conflict", "This device subscribed with push keys this server no longer uses. Reload the page, then turn push notifications on again.");
  return madeWith;
}

/** Made with server keys since replaced: the push service refuses our messages to it, so it is gone. */
export function madeWithReplacedKeys(serverKey: string | null, current: string | null): boolean {
  return serverKey !== null && current !== null && serverKey !== current;
}
