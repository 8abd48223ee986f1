"use client";

import { startTransition, useActionState, useEffect, useId, useState, type FormEvent } from "react";
import { saveBudgetAction, type BudgetFormState } from "@/app/[locale]/budgets/actions";
import type { Messages } from "@/lib/i18n/messages";

interface Props {
  text: Messages["budgets"];
  categories: { code: string; label: string; subs: { code: string; label: string }[] }[];
  initial?: { category: string; sub?: string; amount?: string };
}

// The form's fields in their order on the page.
const FIELDS = ["category", "sub", "amount"] as const;

/** Set a budget: every field labelled, each refusal named beside its field, read out, and focused. */
export function BudgetForm({ text, categories, initial }: Props) {
  const [state, action, pending] = useActionState<BudgetFormState, FormData>(saveBudgetAction, { status: "idle", errors: {} });
  const [category, setCategory] = useState(initial?.category ?? categories[0]?.code ?? "");
  const id = useId();
  // Submitted by hand: a form action would reset the fields, and a refused amount must stay visible.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  // A refusal moves the focus to the first field it names, so the owner lands where the fix is.
  const firstInvalid = FIELDS.find((field) => state.errors[field]);
  useEffect(() => {
    if (firstInvalid) document.getElementById(`${id}-${firstInvalid}`)?.focus();
  }, [state, firstInvalid, id]);
  const subs = categories.find((candidate) => candidate.code === category)?.subs ?? [];
  const error = (field: "amount" | "category" | "sub") => {
    const code = state.errors[field];
    return code ? (
      <span className="field-error" id={`${id}-${field}-error`} data-testid={`budget-error-${field}`}>
        {text.errors[code]}
      </span>
    ) : null;
  };
  return (
    <form onSubmit={submit} className="budget-form" data-testid="budget-form" noValidate>
      <label htmlFor={`${id}-category`}>{text.category}</label>
      <select id={`${id}-category`} name="category" value={category} onChange={(event) => setCategory(event.target.value)} aria-invalid={Boolean(state.errors.category)} aria-describedby={state.errors.category ? `${id}-category-error` : undefined}>
        {categories.map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
          </option>
        ))}
      </select>
      {error("category")}
      <label htmlFor={`${id}-sub`}>{text.sub}</label>
      <select id={`${id}-sub`} name="sub" defaultValue={initial?.sub ?? ""} key={category} aria-invalid={Boolean(state.errors.sub)} aria-describedby={state.errors.sub ? `${id}-sub-error` : undefined}>
        <option value="">{text.wholeCategory}</option>
        {subs.map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
          </option>
        ))}
      </select>
      {error("sub")}
      <label htmlFor={`${id}-amount`}>{text.amount}</label>
      <input id={`${id}-amount`} name="amount" inputMode="decimal" autoComplete="off" defaultValue={initial?.amount ?? ""} aria-invalid={Boolean(state.errors.amount)} aria-describedby={state.errors.amount ? `${id}-amount-error` : undefined} />
      {error("amount")}
      <label className="checkbox">
        <input type="checkbox" name="rollover" />
        {text.rollover}
      </label>
      <div>
        <button type="submit" className="button" aria-disabled={pending}>
          {text.save}
        </button>
      </div>
      <p aria-live="polite" className="muted" style={{ margin: 0 }} data-testid="budget-form-status">
        {state.status === "saved" ? text.saved : firstInvalid ? text.errors[state.errors[firstInvalid]!] : ""}
      </p>
    </form>
  );
}
