"use client";

import { useId, useState, type FormEvent } from "react";

export interface BackupText {
  backupExplain: string;
  downloadBackup: string;
  restoreLabel: string;
  restore: string;
  restoreConfirm: string;
  restored: string;
  saving: string;
}

/** Download a backup; restore one over this deployment's data (all or nothing). */
export function BackupPanel({ text }: { text: BackupText }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<{ kind: "idle" | "busy" } | { kind: "done" | "error"; message: string }>({ kind: "idle" });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || !window.confirm(text.restoreConfirm)) return;
    setState({ kind: "busy" });
    try {
      const response = await fetch("/api/backup", { method: "POST", headers: { "Content-Type": "application/json" }, body: await file.text() });
      const answer = (await response.json().catch(() => null)) as { error?: { message: string }; restored?: { transactions: number } } | null;
      if (!response.ok) throw new Error(answer?.error?.message ?? `HTTP ${response.status}`);
      setState({ kind: "done", message: text.restored.replace("{count}", String(answer?.restored?.transactions ?? 0)) });
    } catch (error) {
      setState({ kind: "error", message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="stack">
      <p className="muted">{text.backupExplain}</p>
      <p>
        <a className="button secondary small" href="/api/backup" download data-testid="backup-download">
          {text.downloadBackup}
        </a>
      </p>
      <form className="backup-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={`${id}-file`}>{text.restoreLabel}</label>
        <input id={`${id}-file`} type="file" accept="application/json,.json" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        <button type="submit" className="button small" disabled={!file || state.kind === "busy"}>
          {state.kind === "busy" ? text.saving : text.restore}
        </button>
      </form>
      <p role="status" aria-live="polite" className={state.kind === "error" ? "notice error" : "muted"} data-testid="restore-status">
        {state.kind === "done" || state.kind === "error" ? state.message : ""}
      </p>
    </div>
  );
}
