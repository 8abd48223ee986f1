"use client";

import type { ReactNode } from "react";
import { useOnline } from "./use-online";

/**
 * While offline, every form control inside is disabled by the browser itself (a disabled fieldset),
 * so actions that need the server are visibly off rather than failing. Links keep working.
 */
export function OfflineGate({ children }: { children: ReactNode }) {
  const online = useOnline();
  return (
    <fieldset className="offline-gate" disabled={!online} data-offline={!online || undefined}>
      {children}
    </fieldset>
  );
}
