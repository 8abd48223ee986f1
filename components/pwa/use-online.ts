"use client";

import { useSyncExternalStore } from "react";
import { SAVED_COPY_ATTRIBUTE } from "@/lib/pwa/saved-copy";

/**
 * "offline": the browser says so. "unreachable": the browser believes it is online, but this page is
 * a copy the service worker kept, served because the server did not answer. "online" otherwise.
 */
export type Connection = "online" | "offline" | "unreachable";

function subscribe(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

function connection(): Connection {
  if (!navigator.onLine) return "offline";
  return document.documentElement.hasAttribute(SAVED_COPY_ATTRIBUTE) ? "unreachable" : "online";
}

/** The server (and the first render) assume the page is online. */
export function useConnection(): Connection {
  return useSyncExternalStore(subscribe, connection, () => "online");
}

/** Whether actions that need the server can reach it. */
export function useOnline(): boolean {
  return useConnection() === "online";
}
