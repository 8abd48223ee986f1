"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { FRESH_DATA_EVENT } from "@/lib/ui/events";

/**
 * Loads the page's data again in place, after new data may have reached the server (a sync) or the
 * server answers again: client-side lists refetch on FRESH_DATA_EVENT, the server parts re-render.
 */
export function useReloadData(): () => void {
  const router = useRouter();
  return useCallback(() => {
    window.dispatchEvent(new Event(FRESH_DATA_EVENT));
    router.refresh();
  }, [router]);
}
