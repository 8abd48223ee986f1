"use client";

import { useEffect } from "react";

/** How long after the page's load the worker waits for an idle moment at most. */
const IDLE_TIMEOUT_MS = 4000;
/** Where the browser has no idle callback (Safari), how long after the load the worker waits instead. */
const NO_IDLE_CALLBACK_DELAY_MS = 1000;

/**
 * Registers the one service worker (offline pages and push), in production builds only. It starts
 * once the page has loaded and the main thread is idle (Safari: a second after the load), so the
 * worker's own start-up does not compete with the first visit's hydration and streamed sections.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    let idleHandle: number | undefined;
    let timerHandle: ReturnType<typeof setTimeout> | undefined;
    const register = () => void navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    const registerWhenIdle = () => {
      if ("requestIdleCallback" in window) idleHandle = window.requestIdleCallback(register, { timeout: IDLE_TIMEOUT_MS });
      else timerHandle = setTimeout(register, NO_IDLE_CALLBACK_DELAY_MS);
    };
    if (document.readyState === "complete") registerWhenIdle();
    else window.addEventListener("load", registerWhenIdle, { once: true });
    return () => {
      window.removeEventListener("load", registerWhenIdle);
      if (idleHandle !== undefined) window.cancelIdleCallback(idleHandle);
      if (timerHandle !== undefined) clearTimeout(timerHandle);
    };
  }, []);
  return null;
}
