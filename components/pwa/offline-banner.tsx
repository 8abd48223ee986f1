"use client";

import { WifiOff } from "lucide-react";
import { useOnline } from "./use-online";

/**
 * Says the page is a saved copy while the browser is offline. `savedAt` is when the server rendered
 * this page (already formatted in Europe/Oslo time), which is the age of what a cached copy shows.
 */
export function OfflineBanner({ text }: { text: string }) {
  const online = useOnline();
  if (online) return null;
  return (
    <div className="banner offline-banner" role="status" data-testid="offline-banner">
      <WifiOff size={16} aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}
