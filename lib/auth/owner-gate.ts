import "server-only";
import { appConfig } from "../config/app-config";
import { claimOwner, endOtherCustomersAccess, readOwner, recordOwner } from "../db/deployment-owner";
import { logEvent } from "../http/log";

/** What SALDO_OWNER may say: the full identity ("sb1:<customerKey>") or just the key. */
function normalise(owner: string): string {
  return owner.startsWith("sb1:") ? owner : `sb1:${owner}`;
}

/** The bank identity SALDO_OWNER names, if it is set. */
export function pinnedOwner(): string | null {
  const pinned = appConfig().owner;
  return pinned ? normalise(pinned) : null;
}

/** The owner this deployment already knows, if any: SALDO_OWNER, else whoever logged in first. */
export async function knownOwner(): Promise<string | null> {
  return pinnedOwner() ?? readOwner();
}

/**
 * One deployment, one owner: SALDO_OWNER if set, else the first bank identity that logs in claims
 * it. Anyone else is refused before Auth.js creates a user, a session or stores any token.
 */
export async function isOwner(bankSubject: string): Promise<boolean> {
  const pinned = pinnedOwner();
  const owner = pinned ?? (await claimOwner(bankSubject));
  const allowed = owner === bankSubject;
  if (!allowed) {
    logEvent("auth.not_owner_refused");
    return false;
  }
  // The claim follows SALDO_OWNER at the owner's login, so an earlier claimant stays out even if
  // SALDO_OWNER is later removed; and whoever held it before loses the sessions and the bank
  // connection they still had.
  if (pinned) await recordOwner(bankSubject);
  if ((await endOtherCustomersAccess(bankSubject)) > 0) logEvent("auth.other_customers_access_ended");
  return true;
}
