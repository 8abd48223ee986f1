"use client";

import { useId, useState } from "react";

export interface ImportText {
  importExplain: string;
  importAccount: string;
  importFile: string;
  preview: string;
  importRows: string;
  importPreview: string;
  imported: string;
  saving: string;
}

interface Summary {
  committed: boolean;
  add: number;
  matched: number;
  skipped: number;
  syncedFrom: string;
}

/** The bank's own CSV export for history older than the API gives: preview, then import. */
export function ImportPanel({ accounts, text }: { accounts: readonly { id: string; name: string }[]; text: ImportText }) {
  const id = useId();
  const [accountId, setAccountId] = useState(accounts[0]?.id ?? "");
  const [csv, setCsv] = useState<string | null>(null);
  const [state, setState] = useState<{ kind: "idle" | "busy" } | { kind: "summary"; summary: Summary } | { kind: "error"; message: string }>({ kind: "idle" });

  const send = async (commit: boolean) => {
    if (!csv || !accountId) return;
    setState({ kind: "busy" });
    try {
      const response = await fetch("/api/import", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ accountId, csv, commit }) });
      const answer = (await response.json().catch(() => null)) as (Summary & { error?: { message: string } }) | null;
      if (!response.ok || !answer) throw new Error(answer?.error?.message ?? `HTTP ${response.status}`);
      setState({ kind: "summary", summary: answer });
    } catch (error) {
      setState({ kind: "error", message: error instanceof Error ? error.message : String(error) });
    }
  };
  // A preview stands for one account and one file: choosing another asks for a new one first.
  const choose = (change: () => void) => {
    change();
    setState({ kind: "idle" });
  };
  const fill = (template: string, summary: Summary) =>
    template
      .replace("{add}", String(summary.add))
      .replace("{matched}", String(summary.matched))
      .replace("{skipped}", String(summary.skipped))
      .replace("{date}", summary.syncedFrom);

  return (
    <div className="stack">
      <p className="muted">{text.importExplain}</p>
      <div className="rule-grid">
        <div className="field">
          <label htmlFor={`${id}-account`}>{text.importAccount}</label>
          <select id={`${id}-account`} value={accountId} onChange={(event) => choose(() => setAccountId(event.target.value))}>
            {accounts.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-file`}>{text.importFile}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => {
              choose(() => setCsv(null));
              void event.target.files?.[0]?.text().then(setCsv);
            }}
          />
        </div>
      </div>
      <div className="toolbar">
        <button type="button" className="button secondary small" disabled={!csv || state.kind === "busy"} onClick={() => void send(false)}>
          {text.preview}
        </button>
        <button type="button" className="button small" disabled={state.kind !== "summary" || state.summary.committed || state.summary.add === 0} onClick={() => void send(true)}>
          {text.importRows}
        </button>
      </div>
      <p role="status" aria-live="polite" className={state.kind === "error" ? "notice error" : "muted"} data-testid="import-status">
        {state.kind === "error" ? state.message : state.kind === "summary" ? fill(state.summary.committed ? text.imported : text.importPreview, state.summary) : ""}
      </p>
    </div>
  );
}
