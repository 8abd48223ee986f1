"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Rule } from "@/lib/rules/rule-schema";

export interface RuleListText {
  noRules: string;
  moveUp: string;
  moveDown: string;
  deleteRule: string;
}

function summary(rule: Rule): string {
  const when = Object.entries(rule.conditions)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${String(value)}`);
  const then = Object.entries(rule.actions)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${typeof value === "object" ? [value.mainLabel, value.subLabel].filter(Boolean).join(" › ") : String(value)}`);
  return `${when.join(", ")} → ${then.join(", ")}`;
}

/** The rules in order (the first match wins per field), each movable and removable. */
export function RuleList({ rules, text }: { rules: Rule[]; text: RuleListText }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const act = async (url: string, init: RequestInit) => {
    setError(null);
    const response = await fetch(url, init);
    if (!response.ok) {
      const answer = (await response.json().catch(() => null)) as { error?: { message: string } } | null;
      setError(answer?.error?.message ?? `HTTP ${response.status}`);
    }
    router.refresh();
  };
  const move = (id: string, direction: "up" | "down") =>
    act(`/api/rules/${encodeURIComponent(id)}/move`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ direction }) });

  if (rules.length === 0) return <p className="muted" data-testid="no-rules">{text.noRules}</p>;
  return (
    <>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <ol className="rule-list" data-testid="rule-list">
        {rules.map((rule, index) => (
          <li key={rule.id} data-testid="rule-item" data-rule-id={rule.id}>
            <span>
              <strong>{rule.name}</strong>
              <br />
              <small className="muted">{summary(rule)}</small>
            </span>
            <span className="toolbar">
              <button type="button" className="button secondary small" disabled={index === 0} aria-label={text.moveUp.replace("{name}", rule.name)} onClick={() => void move(rule.id, "up")}>
                ↑
              </button>
              <button type="button" className="button secondary small" disabled={index === rules.length - 1} aria-label={text.moveDown.replace("{name}", rule.name)} onClick={() => void move(rule.id, "down")}>
                ↓
              </button>
              <button type="button" className="button secondary small" aria-label={text.deleteRule.replace("{name}", rule.name)} onClick={() => void act(`/api/rules/${encodeURIComponent(rule.id)}`, { method: "DELETE" })}>
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
