"use client";

import { useActionState, useState } from "react";
import { disconnect, type DisconnectState } from "@/app/[locale]/settings/actions";

interface Text {
  disconnect: string;
  disconnectExplain: string;
  deleteDataToo: string;
  confirmDisconnect: string;
  confirmPrompt: string;
  cancel: string;
  disconnected: string;
  dataDeleted: string;
}

/** Two steps, so a stray click cannot delete anything: choose, then confirm. */
export function DisconnectForm({ text, connected }: { text: Text; connected: boolean }) {
  const [state, action, pending] = useActionState<DisconnectState, FormData>(disconnect, { done: null });
  const [confirming, setConfirming] = useState(false);
  if (state.done) {
    return (
      <p className="notice info" role="status" data-testid="disconnect-done">
        {state.done === "everything" ? text.dataDeleted : text.disconnected}
      </p>
    );
  }
  return (
    <form action={action} className="stack" style={{ gap: "0.75rem" }}>
      <p className="muted" style={{ margin: 0 }}>
        {text.disconnectExplain}
      </p>
      <label style={{ display: "flex", gap: "0.5rem", alignItems: "center" }}>
        <input type="checkbox" name="deleteData" style={{ minHeight: "auto" }} />
        {text.deleteDataToo}
      </label>
      {confirming ? (
        <div className="notice error" role="alertdialog" aria-label={text.confirmPrompt}>
          <span>{text.confirmPrompt}</span>
          <span style={{ display: "flex", gap: "0.5rem" }}>
            <button type="submit" name="confirm" value="yes" className="button small" disabled={pending}>
              {text.confirmDisconnect}
            </button>
            <button type="button" className="button secondary small" onClick={() => setConfirming(false)}>
              {text.cancel}
            </button>
          </span>
        </div>
      ) : (
        <div>
          <button type="button" className="button secondary" disabled={!connected} onClick={() => setConfirming(true)}>
            {text.disconnect}
          </button>
        </div>
      )}
    </form>
  );
}
