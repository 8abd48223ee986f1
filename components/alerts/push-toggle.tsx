"use client";

import { useEffect, useState } from "react";
import type { Messages } from "@/lib/i18n/messages";

type State = "checking" | "unsupported" | "not-configured" | "denied" | "off" | "on";

function keyBytes(base64url: string): Uint8Array {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(base64url.length / 4) * 4, "=");
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

type Saved = { ok: true } | { ok: false; status: number | null; message: string };

/** The server key the subscription was made with (base64url), if the browser tells. */
function madeWith(subscription: PushSubscription): string | undefined {
  const key = subscription.options?.applicationServerKey;
  if (!key) return undefined;
  return btoa(String.fromCharCode(...new Uint8Array(key))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Stores the subscription on the server (again: it is kept by its endpoint, so saving twice is
 * harmless), with the server key it was made with: the server refuses it if that key was replaced.
 */
async function saveOnServer(subscription: PushSubscription): Promise<Saved> {
  try {
    const saved = JSON.stringify({ ...subscription.toJSON(), serverKey: madeWith(subscription) });
    const response = await fetch("/api/push/subscriptions", { method: "POST", headers: { "Content-Type": "application/json" }, body: saved });
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    return { ok: false, status: response.status, message: body?.error?.message ?? `HTTP ${response.status}` };
  } catch {
    return { ok: false, status: null, message: "" };
  }
}

/** Removes the subscription on the server; false when the server did not answer that it did. */
async function forgetOnServer(subscription: PushSubscription): Promise<boolean> {
  const response = await fetch("/api/push/subscriptions", { method: "DELETE", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ endpoint: subscription.endpoint }) });
  return response.ok;
}

/** No answer at all, or a busy or failing server: nothing said about the subscription itself. */
const unreachable = (saved: Saved) => !saved.ok && (saved.status === null || saved.status >= 500 || saved.status === 408 || saved.status === 429);

/** Made with another server key (the keys were replaced): the push service refuses our messages for it. */
function otherKey(subscription: PushSubscription, publicKey: string): boolean {
  const key = madeWith(subscription);
  return key !== undefined && key !== publicKey;
}

/** Subscribes this browser (or installed app) to Web Push through the one service worker, /sw.js. */
export function PushToggle({ text, publicKey }: { text: Messages["alerts"]; publicKey: string | null }) {
  const [state, setState] = useState<State>("checking");
  const [busy, setBusy] = useState(false);
  // Why the server did not keep this device's subscription, shown until the next attempt.
  const [refusal, setRefusal] = useState("");

  useEffect(() => {
    let cancelled = false;
    const settle = (next: State, why = "") => {
      if (cancelled) return;
      setState(next);
      setRefusal(why);
    };
    // What the browser can do is only known here, after hydration.
    void (async () => {
      if (!publicKey) return settle("not-configured");
      if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return settle("unsupported");
      if (Notification.permission === "denied") return settle("denied");
      let subscription: PushSubscription | null | undefined;
      try {
        subscription = await (await navigator.serviceWorker.getRegistration("/"))?.pushManager.getSubscription();
      } catch {
        return settle("off");
      }
      if (!subscription) return settle("off");
      if (otherKey(subscription, publicKey)) {
        await forgetOnServer(subscription).catch(() => undefined);
        await subscription.unsubscribe().catch(() => false);
        return settle("off");
      }
      // The browser keeps its subscription whatever the server did with it (refused it, lost it in a
      // restore from backup, which carries none): saved again, it is "on" unless the server refuses
      // it (a server that cannot answer, or a session that has ended, says nothing about it).
      const saved = await saveOnServer(subscription);
      if (saved.ok || unreachable(saved) || saved.status === 401) return settle("on");
      await subscription.unsubscribe().catch(() => false);
      settle("off", `${text.pushRefused} ${saved.message}`);
    })();
    return () => {
      cancelled = true;
    };
  }, [publicKey, text.pushRefused]);

  const turnOn = async () => {
    if (!publicKey) return;
    setBusy(true);
    setRefusal("");
    let subscription: PushSubscription | undefined;
    try {
      const registration = await navigator.serviceWorker.register("/sw.js", { scope: "/" });
      await navigator.serviceWorker.ready;
      subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) as BufferSource });
    } catch {
      setState(Notification.permission === "denied" ? "denied" : "off");
      setBusy(false);
      return;
    }
    const saved = await saveOnServer(subscription);
    if (saved.ok) {
      setState("on");
    } else {
      // A subscription the server does not hold would only look like "on" at the next visit.
      await subscription.unsubscribe().catch(() => false);
      setState("off");
      setRefusal(unreachable(saved) ? text.pushUnreachable : `${text.pushRefused} ${saved.message}`);
    }
    setBusy(false);
  };

  const turnOff = async () => {
    setBusy(true);
    setRefusal("");
    try {
      const subscription = await (await navigator.serviceWorker.getRegistration("/"))?.pushManager.getSubscription();
      // The server forgets it first: a browser that forgot it alone would leave the server sending to it.
      if (subscription && !(await forgetOnServer(subscription))) {
        setRefusal(text.pushStillOn);
        return;
      }
      if (subscription && !(await subscription.unsubscribe())) {
        setRefusal(text.pushNotForgotten);
        return;
      }
      setState("off");
    } catch {
      setRefusal(text.pushStillOn);
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
      {refusal && (
        <p className="notice error" role="alert" style={{ margin: 0 }}>
          {refusal}
        </p>
      )}
    </div>
  );
}
