"use client";

import { IntentLink as Link } from "@/components/intent-link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { RuleClause, RuleDescription } from "@/lib/rules/describe-rule";
import type { Rule } from "@/lib/rules/rule-schema";

export interface RuleListText {
  noRules: string;
  moveUp: string;
  moveDown: string;
  deleteRule: string;
  editRule: string;
  conditions: string;
  actions: string;
}

export type DescribedRule = Pick<Rule, "id" | "name"> & { description: RuleDescription };

function Clauses({ title, clauses }: { title: string; clauses: RuleClause[] }) {
  return (
    <span className="rule-clauses">
      <span className="muted">{title}</span>{" "}
      {clauses.map((clause, index) => (
        <span key={index}>
          {index > 0 && ", "}
          {clause.label.toLocaleLowerCase()} <strong>{clause.value}</strong>
        </span>
      ))}
    </span>
  );
}

/** The rules in order (the first match wins per field), each editable, movable and removable. */
export function RuleList({ rules, text, editingId }: { rules: DescribedRule[]; text: RuleListText; editingId?: string }) {
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
          <li key={rule.id} data-testid="rule-item" data-rule-id={rule.id} aria-current={rule.id === editingId ? "true" : undefined}>
            <span>
              <strong>{rule.name}</strong>
              <br />
              <small>
                <Clauses title={text.conditions} clauses={rule.description.when} />
                <br />
                <Clauses title={text.actions} clauses={rule.description.then} />
              </small>
            </span>
            <span className="toolbar">
              <Link className="button secondary small" href={`/rules?edit=${encodeURIComponent(rule.id)}#rule-editor`} aria-label={text.editRule.replace("{name}", rule.name)} data-testid="rule-edit">
                ✎
              </Link>
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
