"use client";

import { useActionState } from "react";
import { removeBudgetAction, type BudgetFormState } from "@/app/[locale]/budgets/actions";

export function RemoveBudgetButton({ category, sub, label, name }: { category: string; sub: string | null; label: string; name: string }) {
  const [, action, pending] = useActionState<BudgetFormState, FormData>(removeBudgetAction, { status: "idle", errors: {} });
  return (
    <form action={action}>
      <input type="hidden" name="category" value={category} />
      <input type="hidden" name="sub" value={sub ?? ""} />
      <button type="submit" className="button small secondary" disabled={pending} aria-label={`${label}: ${name}`}>
        {label}
      </button>
    </form>
  );
}
