"use client";

import { RefreshCw } from "lucide-react";
import { IntentLink as Link } from "@/components/intent-link";
import { useState, useTransition } from "react";

import { formatOsloTime } from "@/lib/format/dates";
import type { SyncPanelTimes } from "@/lib/format/sync-panel-times";
import { useReloadData } from "./use-reload-data";

export interface SyncPanelText {
  lastSynced: string;
  never: string;
  syncNow: string;
  syncing: string;
  budget: string;
  nextSync: string;
  partial: string;
  failed: string;
  rateLimited: string;
  loginNeeded: string;
  clientRejected: string;
  loginAgain: string;
  expiryWarning: string;
}

export interface SyncPanelProps {
  intlLocale: string;
  /** The status's times as the server wrote them (lib/format/sync-panel-times). */
  times: SyncPanelTimes;
  text: SyncPanelText;
  status: {
    lastSuccessAt: string | null;
    lastRun: { status: string; finishedAt: string | null; errorCode: string | null; message: string | null; warnings: string[] } | null;
    running: boolean;
    budget: { remaining: number; limit: number };
    nextAllowedAt: string | null;
    backoffUntil: string | null;
    connection: { status: string; loginExpiresInDays: number | null; expiryWarning: boolean } | null;
  };
}

/** Sync state as the store knows it, with "Sync now"; refusals from the server are shown as they come. */
export function SyncStatusPanel({ status, times, text, intlLocale }: SyncPanelProps) {
  const reloadData = useReloadData();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const lastRun = status.lastRun;

  const syncNow = () => {
    setError(null);
    startTransition(async () => {
      const response = await fetch("/api/sync", { method: "POST", headers: { Accept: "application/json" } });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string; retryAt?: string } } | null;
        const retry = body?.error?.retryAt ? ` ${text.nextSync} ${formatOsloTime(new Date(body.error.retryAt), intlLocale)}.` : "";
        setError(`${body?.error?.message ?? text.failed}${retry}`);
      }
      // New data may have arrived.
      reloadData();
    });
  };

  const connection = status.connection;
  const busy = pending || status.running;
  return (
    // On a phone the panel is a status line: the text beside a round button whose label only screen readers read.
    <section className="card sync-status" aria-labelledby="sync-title" data-testid="sync-status">
      <div className="sync-row">
        <div className="sync-text">
          <h2 id="sync-title">
            {text.lastSynced}:{" "}
            <span data-testid="last-synced">{times.lastSynced ?? text.never}</span>
          </h2>
          <p className="muted">
            {text.budget.replace("{remaining}", String(status.budget.remaining)).replace("{limit}", String(status.budget.limit))}
            {times.nextAllowedAt && ` · ${text.nextSync} ${times.nextAllowedAt}`}
          </p>
        </div>
        <button
          type="button"
          className="button sync-button"
          onClick={syncNow}
          disabled={busy || connection?.status !== "active"}
          aria-busy={busy || undefined}
        >
          <RefreshCw size={20} aria-hidden="true" className="sync-icon" />
          <span className="phone-sr-only">{busy ? text.syncing : text.syncNow}</span>
        </button>
      </div>
      <div aria-live="polite" className="stack">
        {connection?.status === "login_needed" && (
          <p className="notice error" role="alert">
            <span>{text.loginNeeded}</span>
            <Link className="button small" href="/login?reconnect=1" prefetch={false}>
              {text.loginAgain}
            </Link>
          </p>
        )}
        {connection?.status === "client_rejected" && (
          <p className="notice error" role="alert">
            {text.clientRejected}
          </p>
        )}
        {connection?.status === "active" && connection.expiryWarning && connection.loginExpiresInDays !== null && (
          <p className="notice warning">
            <span>{text.expiryWarning.replace("{days}", String(connection.loginExpiresInDays))}</span>
            <Link className="button small" href="/login?reconnect=1" prefetch={false}>
              {text.loginAgain}
            </Link>
          </p>
        )}
        {status.backoffUntil && (
          <p className="notice warning" data-testid="rate-limited">
            {text.rateLimited.replace("{time}", times.backoffUntil ?? "")}
          </p>
        )}
        {lastRun?.status === "partial" && (
          <p className="notice warning" data-testid="sync-partial">
            {text.partial} {lastRun.warnings.join(" ")}
          </p>
        )}
        {lastRun?.status === "failed" && !status.backoffUntil && connection?.status === "active" && (
          <p className="notice error" data-testid="sync-failed">
            {text.failed} {lastRun.message}
          </p>
        )}
        {error && (
          <p className="notice error" role="alert" data-testid="sync-error">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}
