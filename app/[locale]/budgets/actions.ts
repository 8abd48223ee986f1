"use server";

import { revalidatePath } from "next/cache";
import { requireUserId } from "@/lib/auth/require-user";
import { parseBudgetInput, type BudgetFieldError } from "@/lib/budgets/budget-input";
import { categoryTree, removeBudget, saveBudget } from "@/lib/db/budget-store";
import { osloToday } from "@/lib/dates/oslo-date";

export interface BudgetFormState {
  status: "idle" | "saved" | "removed" | "invalid";
  errors: Partial<Record<"amount" | "category" | "sub", BudgetFieldError>>;
}

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

/** Sets a budget; every field is checked and a refused form changes nothing. */
export async function saveBudgetAction(_previous: BudgetFormState, formData: FormData): Promise<BudgetFormState> {
  const userId = await requireUserId();
  const input = parseBudgetInput(
    { category: text(formData.get("category")), sub: text(formData.get("sub")), amount: text(formData.get("amount")), rollover: text(formData.get("rollover")) || undefined },
    await categoryTree(userId),
  );
  if (!input.ok) return { status: "invalid", errors: input.errors };
  await saveBudget(userId, { ...input.plan, since: osloToday().slice(0, 7) });
  revalidatePath("/budgets");
  return { status: "saved", errors: {} };
}

export async function removeBudgetAction(_previous: BudgetFormState, formData: FormData): Promise<BudgetFormState> {
  const userId = await requireUserId();
  const category = text(formData.get("category")).slice(0, 100);
  const sub = text(formData.get("sub")).slice(0, 100);
  await removeBudget(userId, category, sub === "" ? null : sub);
  revalidatePath("/budgets");
  return { status: "removed", errors: {} };
}
