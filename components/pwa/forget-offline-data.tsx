"use client";

import { useEffect } from "react";
import { clearOfflineData } from "@/lib/pwa/offline-caches";

/**
 * Rendered by the login page when no one is signed in: a session that ended while the app was open
 * (it expired, or was signed out elsewhere) leaves no saved page or answer on this device. The
 * worker cannot tell on its own when the app reaches this page by a client-side navigation.
 */
export function ForgetOfflineData() {
  useEffect(() => {
    clearOfflineData().catch(() => undefined);
  }, []);
  return null;
}
