"use client";

import { WifiOff } from "lucide-react";
import { useConnection } from "./use-online";

/**
 * Says the page is a saved copy: while the browser is offline, or when the service worker served it
 * because the server did not answer. Both texts hold when the server rendered this page (already
 * formatted in Europe/Oslo time), which is the age of what a cached copy shows.
 */
export function OfflineBanner({ offlineText, unreachableText }: { offlineText: string; unreachableText: string }) {
  const connection = useConnection();
  if (connection === "online") return null;
  return (
    <div className="banner offline-banner" role="status" data-testid="offline-banner">
      <WifiOff size={16} aria-hidden="true" />
      <span>{connection === "offline" ? offlineText : unreachableText}</span>
    </div>
  );
}
