"use client";

import { useActionState } from "react";
import { saveBudgetAction, type BudgetFormState } from "@/app/[locale]/budgets/actions";

/** Accepts a suggested budget as it stands (one click; the form above edits it). */
export function SuggestionButton({ category, amountText, label }: { category: string; amountText: string; label: string }) {
  const [, action, pending] = useActionState<BudgetFormState, FormData>(saveBudgetAction, { status: "idle", errors: {} });
  return (
    <form action={action}>
      <input type="hidden" name="category" value={category} />
      <input type="hidden" name="amount" value={amountText} />
      <button type="submit" className="button small secondary" disabled={pending} data-testid="use-suggestion" data-category={category}>
        {label}
      </button>
    </form>
  );
}
