"use client";

import { WifiOff } from "lucide-react";
import { savedAtText } from "@/lib/pwa/saved-at";
import { useReloadData } from "../use-reload-data";
import { forgetSavedAnswers, useConnection, useOldestSavedAnswer } from "./use-online";
import { useServerComesBack } from "./use-server-comes-back";

interface OfflineBannerProps {
  /** "… showing data from {time}": while the browser is offline. */
  offlineTemplate: string;
  /** The same, when the worker answered from its cache because the server did not answer. */
  unreachableTemplate: string;
  /** The button that loads the page again, from the server if it answers by then. */
  retryLabel: string;
  /** When the server rendered this page (ISO), the age of a kept copy of it. */
  renderedAt: string;
  intlLocale: string;
}

/**
 * Says the page shows saved data: while the browser is offline, or when the service worker answered
 * the page or one of its data requests from its cache because the server did not answer. The time is
 * the older of the page's render and the oldest kept answer it was given. When the server did not
 * answer, it offers to load the page again, and keeps asking the server: once it answers, the page
 * fetches its data again in place (scroll and open rows kept) and the banner goes away.
 */
export function OfflineBanner({ offlineTemplate, unreachableTemplate, retryLabel, renderedAt, intlLocale }: OfflineBannerProps) {
  const connection = useConnection();
  const oldestSavedAnswer = useOldestSavedAnswer();
  const reloadData = useReloadData();
  useServerComesBack(connection === "unreachable", () => {
    forgetSavedAnswers();
    reloadData();
  });
  if (connection === "online") return null;
  const at = new Date(Math.min(Date.parse(renderedAt), oldestSavedAnswer ?? Number.POSITIVE_INFINITY));
  const template = connection === "offline" ? offlineTemplate : unreachableTemplate;
  return (
    <div className="banner offline-banner" role="status" data-testid="offline-banner">
      <WifiOff size={16} aria-hidden="true" />
      <span>{template.replace("{time}", savedAtText(at, intlLocale))}</span>
      {/* The browser cannot tell when the server answers again: the page asks it every few seconds, and
          a reload asks at once (if it still does not answer, the worker shows its copy again).
          Offline, the browser says when it is back. */}
      {connection === "unreachable" ? (
        <button type="button" className="banner-action" onClick={() => window.location.reload()}>
          {retryLabel}
        </button>
      ) : null}
    </div>
  );
}
