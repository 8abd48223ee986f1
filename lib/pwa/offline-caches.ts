import { SESSION_MAX_AGE_SECONDS } from "../auth/session-max-age";

// Shared by the page and the service worker: every cache Saldo makes starts with this prefix.
export const CACHE_PREFIX = "saldo-";
/** Bumped when what is cached changes shape; the deployment's build id is added at build time. */
export const CACHE_SCHEMA = "v1";
/**
 * The oldest saved page or answer the worker still shows: a session lives this long after its last
 * use, so an older copy outlived the session that saved it.
 */
export const OFFLINE_COPY_MAX_AGE_SECONDS = SESSION_MAX_AGE_SECONDS;

/** A message the page posts to the worker: drop every cached page and answer. */
export const CLEAR_MESSAGE = "saldo:clear-offline-data";

export function cacheNames(buildId: string): { pages: string; data: string; assets: string } {
  const suffix = `${buildId}-${CACHE_SCHEMA}`;
  return { pages: `${CACHE_PREFIX}pages-${suffix}`, data: `${CACHE_PREFIX}data-${suffix}`, assets: `${CACHE_PREFIX}assets-${suffix}` };
}

/** Deletes every cache Saldo made in this browser (sign out): nothing of the owner's stays on the device. */
export async function clearOfflineData(): Promise<void> {
  if (typeof caches === "undefined") return;
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX)).map((name) => caches.delete(name)));
  navigator.serviceWorker?.controller?.postMessage({ type: CLEAR_MESSAGE });
}

/**
 * How long a page or data request waits for the network before the saved copy is shown (a connection
 * that is up but reaches nothing, such as a captive portal or a weak signal). The request goes on and
 * still updates the copy when it answers.
 */
export const NETWORK_TIMEOUT_SECONDS = 8;
