"use client";

import { useActionState } from "react";
import { removeWebhookAction, saveWebhookAction, testWebhookAction, type AlertFormState } from "@/app/[locale]/settings/alert-actions";
import type { Messages } from "@/lib/i18n/messages";

type Stamped = AlertFormState & { at: number };
const IDLE: Stamped = { status: "idle", at: 0 };

/** The action's answer with the moment it came, so the form can show the newest of its three actions' answers. */
function stamped(action: (previous: AlertFormState, formData: FormData) => Promise<AlertFormState>) {
  return async (previous: Stamped, formData: FormData): Promise<Stamped> => ({ ...(await action(previous, formData)), at: Date.now() });
}

/** The webhook: its address is never shown again once saved (it may hold a token). */
export function WebhookForm({ locale, text, configured, format }: { locale: string; text: Messages["alerts"]; configured: boolean; format: string }) {
  const [saved, save, saving] = useActionState(stamped(saveWebhookAction), IDLE);
  const [tested, test, testing] = useActionState(stamped(testWebhookAction), IDLE);
  const [removed, remove, removing] = useActionState(stamped(removeWebhookAction), IDLE);
  // The newest answer speaks.
  const status = [saved, tested, removed].reduce((newest, state) => (state.at > newest.at ? state : newest));
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
      <input
        id="webhook-url"
        name="url"
        type="url"
        autoComplete="off"
        placeholder={configured ? "••••••••" : "https://"}
        aria-invalid={status.status === "invalid" || undefined}
        aria-describedby={configured ? "webhook-url-kept" : undefined}
      />
      {configured ? (
        <p id="webhook-url-kept" className="muted" style={{ margin: 0 }}>
          {text.webhookKept}
        </p>
      ) : null}
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
        {configured ? (
          <button type="submit" className="button secondary" formAction={remove} disabled={removing} formNoValidate>
            {text.webhookRemove}
          </button>
        ) : null}
      </div>
      <p aria-live="polite" role="status" className={status.status === "invalid" || status.status === "failed" ? "field-error" : "muted"} data-testid="webhook-status" style={{ margin: 0 }}>
        {message}
      </p>
    </form>
  );
}
