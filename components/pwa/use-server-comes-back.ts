"use client";

import { useEffect, useEffectEvent } from "react";

/** How often a page that could not reach the server asks again, while it is on screen. */
export const SERVER_RECHECK_MS = 10_000;

/** Never kept by the service worker (lib/pwa/cache-policy.ts), so only the server itself answers it. */
const HEALTH_URL = "/api/health";

/**
 * While `waiting`, asks the server whether it answers again: at once, every SERVER_RECHECK_MS while
 * the page is visible, and when the page comes back into view or the browser says it is online.
 * Calls `onBack` once the server answers. A hidden page does not ask.
 */
export function useServerComesBack(waiting: boolean, onBack: () => void) {
  const cameBack = useEffectEvent(onBack);
  useEffect(() => {
    if (!waiting) return;
    let done = false;
    let asking: AbortController | null = null;
    const ask = async () => {
      if (done || asking || document.visibilityState === "hidden" || !navigator.onLine) return;
      // A request the server took and never answers is given up before the next one is due.
      const request = (asking = new AbortController());
      const giveUp = window.setTimeout(() => request.abort(), SERVER_RECHECK_MS);
      const answered = await fetch(HEALTH_URL, { cache: "no-store", headers: { Accept: "application/json" }, signal: request.signal }).then(
        (response) => response.ok,
        () => false,
      );
      window.clearTimeout(giveUp);
      asking = null;
      if (answered && !done) {
        done = true;
        cameBack();
      }
    };
    const askNow = () => void ask();
    askNow();
    const timer = window.setInterval(askNow, SERVER_RECHECK_MS);
    document.addEventListener("visibilitychange", askNow);
    window.addEventListener("online", askNow);
    return () => {
      done = true;
      asking?.abort();
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", askNow);
      window.removeEventListener("online", askNow);
    };
  }, [waiting]);
}
