// Saldo's one service worker: offline copies of the pages the owner opened (and their data), and
// Web Push notifications. Bundled into public/sw.js by scripts/build-service-worker.ts at build time.
import { CacheFirst, NetworkFirst, NetworkOnly, Serwist, type SerwistPlugin } from "serwist";
import { announceSavedAnswers } from "../lib/pwa/announce-saved-answers";
import { isCacheableData, isCacheablePage, isCompletePage, isStaticAsset, isStorableResponse, meansSignedOut } from "../lib/pwa/cache-policy";
import { newestEntries } from "../lib/pwa/newest-entries";
import { CACHE_PREFIX, CLEAR_MESSAGE, cacheNames, NETWORK_TIMEOUT_SECONDS, OFFLINE_COPY_MAX_AGE_SECONDS } from "../lib/pwa/offline-caches";
import { markSavedCopy } from "../lib/pwa/saved-copy";
import { serverUnreachable } from "../lib/pwa/server-unreachable";
import { signOutGuard } from "../lib/pwa/sign-out-guard";
import { networkRoutes, type NetworkRoute } from "../lib/pwa/static-routes";

declare const self: ServiceWorkerGlobalScope;
/** The deployment's build id, set when the worker is bundled: each deployment has its own caches. */
declare const __SALDO_BUILD_ID__: string;

const CACHES = cacheNames(__SALDO_BUILD_ID__);
const signOut = signOutGuard();

async function dropOfflineData(): Promise<void> {
  signOut.signedOut();
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHES.assets).map((name) => caches.delete(name)));
}

// Never keep an error, a redirect or anything that sets a cookie; a sign of a finished session empties the caches.
// Pages and data fall back to their saved copy when the network fails, does not answer in time, or a
// gateway answers for Saldo (lib/pwa/server-unreachable.ts).
const safeToKeep: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => (isStorableResponse(response) ? response : null),
  fetchDidSucceed: async ({ request, response }) => {
    if (meansSignedOut(request.url, response)) await dropOfflineData();
    return response;
  },
};

// A page answered from the cache (the network failed) is marked, so it says it is a saved copy even
// where the browser believes it is online. Its length and encoding are no longer the stored ones.
const markSavedCopies: SerwistPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) => {
    if (!cachedResponse) return cachedResponse;
    const headers = new Headers(cachedResponse.headers);
    headers.delete("content-length");
    headers.delete("content-encoding");
    return new Response(markSavedCopy(await cachedResponse.text()), { status: cachedResponse.status, statusText: cachedResponse.statusText, headers });
  },
};

// A data answer from the cache is announced to the page that asked (lib/pwa/announce-saved-answers.ts).
const announceSaved = announceSavedAnswers((id) => self.clients.get(id));

// A streamed page whose sections failed or redirected after its first bytes still answers 200: it
// must not replace the saved copy of that page.
const completePagesOnly: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => (isCompletePage(await response.clone().text()) ? response : null),
};

// A request counts as the worker's own origin only when it is; the policy checks that too.
const facts = (request: Request) => ({ url: request.url, method: request.method, mode: request.mode, origin: self.location.origin });

const serwist = new Serwist({
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      // The login page (and Next's fetches of it after signing out): never kept, and seeing it means the session ended.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname === "/login",
      handler: new NetworkOnly({ plugins: [safeToKeep] }),
    },
    {
      matcher: ({ request }) => isCacheablePage(facts(request)),
      handler: new NetworkFirst({
        cacheName: CACHES.pages,
        networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
        plugins: [safeToKeep, completePagesOnly, signOut.plugin, newestEntries({ maxEntries: 30, maxAgeSeconds: OFFLINE_COPY_MAX_AGE_SECONDS }), markSavedCopies, serverUnreachable],
      }),
    },
    {
      matcher: ({ request }) => isCacheableData(facts(request)),
      handler: new NetworkFirst({
        cacheName: CACHES.data,
        networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
        plugins: [safeToKeep, signOut.plugin, newestEntries({ maxEntries: 60, maxAgeSeconds: OFFLINE_COPY_MAX_AGE_SECONDS }), announceSaved, serverUnreachable],
      }),
    },
    {
      matcher: ({ request }) => isStaticAsset(facts(request)),
      handler: new CacheFirst({ cacheName: CACHES.assets, plugins: [safeToKeep, newestEntries({ maxEntries: 300 })] }),
    },
  ],
});

serwist.addEventListeners();

// What the worker never keeps goes straight to the network, without waking it (static routing, where
// the browser has it). A browser that refuses a rule keeps sending everything through the handler.
self.addEventListener("install", (event) => {
  const install = event as ExtendableEvent & { addRoutes?: (rules: NetworkRoute[]) => Promise<void> };
  if (!install.addRoutes) return;
  try {
    event.waitUntil(install.addRoutes(networkRoutes()).catch(() => undefined));
  } catch {
    // A rule this browser cannot read: no static routes.
  }
});

// An earlier worker's expiration timestamps (Serwist's ExpirationPlugin, replaced by newestEntries).
const OLD_TIMESTAMP_DATABASE = "serwist-expiration";

// Caches of earlier deployments (or an older cache layout) go when this worker takes over.
self.addEventListener("activate", (event) => {
  const current = new Set(Object.values(CACHES));
  event.waitUntil(
    Promise.all([
      caches.keys().then((names) => Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && !current.has(name)).map((name) => caches.delete(name)))),
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase(OLD_TIMESTAMP_DATABASE);
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      }),
    ]),
  );
});

// The page asks for this at sign-out (it also deletes the caches itself; this covers a page without access to them).
self.addEventListener("message", (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data && data.type === CLEAR_MESSAGE) event.waitUntil(dropOfflineData());
});

self.addEventListener("push", (event) => {
  let data: { title?: unknown; body?: unknown; url?: unknown } = {};
  try {
    data = event.data ? (event.data.json() as typeof data) : {};
  } catch {
    data = { title: event.data ? event.data.text() : "Saldo" };
  }
  const title = typeof data.title === "string" && data.title ? data.title : "Saldo";
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof data.body === "string" ? data.body : "",
      icon: "/icons/icon-192.png",
      badge: "/icons/icon-192.png",
      data: { url: typeof data.url === "string" ? data.url : "/inbox" },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const wanted = (event.notification.data as { url?: string } | null)?.url ?? "/inbox";
  const target = new URL(wanted, self.location.origin);
  // Only ever our own pages.
  const url = target.origin === self.location.origin ? target.href : `${self.location.origin}/inbox`;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      for (const client of windows) {
        if (client.url === url) return client.focus();
      }
      return self.clients.openWindow(url);
    }),
  );
});
