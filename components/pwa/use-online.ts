"use client";

import { useSyncExternalStore } from "react";
import { SAVED_COPY_ATTRIBUTE, isSavedAnswerMessage } from "@/lib/pwa/saved-copy";

/**
 * "offline": the browser says so. "unreachable": the browser believes it is online, but the service
 * worker answered this page, or one of its data requests, from its cache because the server did not
 * answer. "online" otherwise.
 */
export type Connection = "online" | "offline" | "unreachable";

// Whether the worker answered a data request of this page from its cache, and the oldest such
// answer's date (ms since the epoch), of those that had one.
let savedAnswerSeen = false;
let oldestSavedAnswer: number | null = null;

function noteSavedAnswer(data: unknown): boolean {
  if (!isSavedAnswerMessage(data)) return false;
  savedAnswerSeen = true;
  const date = data.date === null ? Number.NaN : Date.parse(data.date);
  if (!Number.isNaN(date)) oldestSavedAnswer = Math.min(oldestSavedAnswer ?? date, date);
  return true;
}

// Told when the page forgets its saved answers (forgetSavedAnswers), which no browser event announces.
const forgetListeners = new Set<() => void>();

/**
 * The server answered again and the page is about to load fresh data: it is no longer a saved copy,
 * and its saved answers no longer date it. A saved answer that still comes (the refresh failed after
 * all) turns the banner on again.
 */
export function forgetSavedAnswers() {
  savedAnswerSeen = false;
  oldestSavedAnswer = null;
  document.documentElement.removeAttribute(SAVED_COPY_ATTRIBUTE);
  for (const listener of forgetListeners) listener();
}

function subscribe(onChange: () => void) {
  forgetListeners.add(onChange);
  const onMessage = (event: MessageEvent) => {
    if (noteSavedAnswer(event.data)) onChange();
  };
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  navigator.serviceWorker?.addEventListener("message", onMessage);
  return () => {
    forgetListeners.delete(onChange);
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
    navigator.serviceWorker?.removeEventListener("message", onMessage);
  };
}

function connection(): Connection {
  if (!navigator.onLine) return "offline";
  return savedAnswerSeen || document.documentElement.hasAttribute(SAVED_COPY_ATTRIBUTE) ? "unreachable" : "online";
}

/** The server (and the first render) assume the page is online. */
export function useConnection(): Connection {
  return useSyncExternalStore(subscribe, connection, () => "online");
}

/** Whether actions that need the server can reach it. */
export function useOnline(): boolean {
  return useConnection() === "online";
}

/** When the oldest kept answer on this page was current, if the worker gave it one with a date. */
export function useOldestSavedAnswer(): number | null {
  return useSyncExternalStore(subscribe, () => oldestSavedAnswer, () => null);
}
