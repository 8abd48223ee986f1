"use client";

import { useActionState } from "react";
import { chooseSeries, type ChoiceState } from "@/app/[locale]/subscriptions/actions";

interface Text {
  confirm: string;
  dismiss: string;
  restore: string;
  rename: string;
  save: string;
  name: string;
  invalid: string;
  unknown: string;
}

/** Confirm, dismiss or undo, and rename: small forms, so they work before the page's script loads. */
export function SeriesActions({ seriesKey, name, confirmed, dismissed, text }: { seriesKey: string; name: string; confirmed: boolean; dismissed: boolean; text: Text }) {
  const [state, action, pending] = useActionState<ChoiceState, FormData>(chooseSeries, { error: null });
  return (
    <div className="series-actions">
      <form action={action} className="toolbar">
        <input type="hidden" name="seriesKey" value={seriesKey} />
        {dismissed || confirmed ? (
          <button type="submit" name="intent" value="restore" className="button secondary small" disabled={pending}>
            {text.restore}
          </button>
        ) : (
          <>
            <button type="submit" name="intent" value="confirm" className="button secondary small" disabled={pending}>
              {text.confirm}
            </button>
            <button type="submit" name="intent" value="dismiss" className="button secondary small" disabled={pending} data-testid="dismiss-series">
              {text.dismiss}
            </button>
          </>
        )}
      </form>
      {!dismissed && (
        <details>
          <summary>{text.rename}</summary>
          <form action={action} className="toolbar" style={{ marginTop: "0.4rem" }}>
            <input type="hidden" name="seriesKey" value={seriesKey} />
            <label>
              <span className="sr-only">{text.name}</span>
              <input name="name" defaultValue={name} maxLength={80} />
            </label>
            <button type="submit" name="intent" value="rename" className="button small" disabled={pending}>
              {text.save}
            </button>
          </form>
        </details>
      )}
      {state.error && (
        <p className="notice error" role="alert">
          {state.error === "unknown" ? text.unknown : text.invalid}
        </p>
      )}
    </div>
  );
}
