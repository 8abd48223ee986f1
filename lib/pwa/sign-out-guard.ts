import type { PluginState, SerwistPlugin } from "serwist";

type CacheOpener = (cacheName: string) => Promise<Pick<Cache, "delete">>;

/**
 * Keeps what a request started before the last sign-out out of the caches. Signing out deletes
 * them, but an answer still on its way would be written into a cache opened again for it, and so
 * outlive the session. Each request notes how many sign-outs the worker has seen when its handler
 * starts; its answer is refused if that number has changed by the time it would be written, and
 * deleted again if a sign-out ran while it was being written.
 */
export function signOutGuard(openCache: CacheOpener = (cacheName) => caches.open(cacheName)): { plugin: SerwistPlugin; signedOut(): void } {
  let signOuts = 0;
  const startedBeforeSignOut = (state: PluginState | undefined) => state?.signOuts !== signOuts;
  return {
    plugin: {
      handlerWillStart: async ({ state }) => {
        if (state) state.signOuts = signOuts;
      },
      cacheWillUpdate: async ({ response, state }) => (startedBeforeSignOut(state) ? null : response),
      cacheDidUpdate: async ({ cacheName, request, state }) => {
        if (startedBeforeSignOut(state)) await (await openCache(cacheName)).delete(request);
      },
    },
    signedOut() {
      signOuts += 1;
    },
  };
}
