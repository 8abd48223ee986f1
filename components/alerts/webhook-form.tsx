"use client";

import { useActionState } from "react";
import { saveWebhookAction, testWebhookAction, type AlertFormState } from "@/app/[locale]/settings/alert-actions";
import type { Messages } from "@/lib/i18n/messages";

/** The webhook: its address is never shown again once saved (it may hold a token). */
export function WebhookForm({ locale, text, configured, format }: { locale: string; text: Messages["alerts"]; configured: boolean; format: string }) {
  const [saved, save, saving] = useActionState<AlertFormState, FormData>(saveWebhookAction, { status: "idle" });
  const [tested, test, testing] = useActionState<AlertFormState, FormData>(testWebhookAction, { status: "idle" });
  const status = tested.status !== "idle" ? tested : saved;
  const message =
    status.status === "saved"
      ? text.webhookSaved
      : status.status === "removed"
        ? text.webhookRemoved
        : status.status === "sent"
          ? text.webhookTestSent
          : status.status === "failed"
            ? text.webhookTestFailed.replace("{error}", status.error ?? "")
            : status.status === "invalid"
              ? text.webhookInvalid
              : "";
  return (
    <form action={save} className="budget-form" data-testid="webhook-form">
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor="webhook-url">{text.webhookUrl}</label>
      <input id="webhook-url" name="url" type="url" autoComplete="off" placeholder={configured ? "••••••••" : "https://"} aria-invalid={status.status === "invalid" || undefined} />
      <label htmlFor="webhook-format">{text.webhookFormat}</label>
      <select id="webhook-format" name="format" defaultValue={format}>
        <option value="json">JSON</option>
        <option value="ntfy">ntfy</option>
        <option value="slack">Slack</option>
        <option value="discord">Discord</option>
      </select>
      <div style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap" }}>
        <button type="submit" className="button" disabled={saving}>
          {text.webhookSave}
        </button>
        <button type="submit" className="button secondary" formAction={test} disabled={testing}>
          {text.webhookTest}
        </button>
      </div>
      <p aria-live="polite" role="status" className={status.status === "invalid" || status.status === "failed" ? "field-error" : "muted"} data-testid="webhook-status" style={{ margin: 0 }}>
        {message}
      </p>
    </form>
  );
}
