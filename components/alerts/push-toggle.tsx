"use client";

import { useEffect, useState } from "react";
import type { Messages } from "@/lib/i18n/messages";

type State = "checking" | "unsupported" | "not-configured" | "denied" | "off" | "on";

function keyBytes(base64url: string): Uint8Array {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(base64url.length / 4) * 4, "=");
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/** Subscribes this browser (or installed app) to Web Push through the one service worker, /sw.js. */
export function PushToggle({ text, publicKey }: { text: Messages["alerts"]; publicKey: string | null }) {
  const [state, setState] = useState<State>("checking");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    const settle = (next: State) => {
      if (!cancelled) setState(next);
    };
    // What the browser can do is only known here, after hydration.
    void (async () => {
      if (!publicKey) return settle("not-configured");
      if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return settle("unsupported");
      if (Notification.permission === "denied") return settle("denied");
      try {
        const subscription = await (await navigator.serviceWorker.getRegistration("/"))?.pushManager.getSubscription();
        settle(subscription ? "on" : "off");
      } catch {
        settle("off");
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [publicKey]);

  const turnOn = async () => {
    if (!publicKey) return;
    setBusy(true);
    try {
      const registration = await navigator.serviceWorker.register("/sw.js", { scope: "/" });
      await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) as BufferSource });
      const response = await fetch("/api/push/subscriptions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(subscription.toJSON()) });
      setState(response.ok ? "on" : "off");
    } catch {
      setState(Notification.permission === "denied" ? "denied" : "off");
    } finally {
      setBusy(false);
    }
  };

  const turnOff = async () => {
    setBusy(true);
    try {
      const subscription = await (await navigator.serviceWorker.getRegistration("/"))?.pushManager.getSubscription();
      if (subscription) {
        await fetch("/api/push/subscriptions", { method: "DELETE", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ endpoint: subscription.endpoint }) });
        await subscription.unsubscribe();
      }
      setState("off");
    } finally {
      setBusy(false);
    }
  };

  const note = { unsupported: text.pushUnsupported, "not-configured": text.pushNotConfigured, denied: text.pushDenied, on: text.pushEnabled, off: "", checking: "" }[state];
  return (
    <div className="stack" style={{ gap: "0.5rem" }} data-testid="push-toggle" data-state={state}>
      {(state === "off" || state === "on") && (
        <div>
          <button type="button" className="button secondary" disabled={busy} onClick={state === "on" ? turnOff : turnOn}>
            {state === "on" ? text.pushOff : text.pushOn}
          </button>
        </div>
      )}
      {note && (
        <p className="muted" role="status" style={{ margin: 0 }}>
          {note}
        </p>
      )}
    </div>
  );
}
