import { z } from "zod";
import type { BudgetPlan } from "./budget-types";

export type BudgetFieldError = "amount_required" | "amount_not_number" | "amount_negative" | "amount_too_long" | "category_unknown" | "sub_unknown";

export type BudgetInput = { ok: true; plan: Omit<BudgetPlan, "since"> } | { ok: false; errors: Partial<Record<"amount" | "category" | "sub", BudgetFieldError>> };

const AMOUNT = /^(\d{1,12})(?:[.,](\d{1,2}))?$/;

/** Kroner as typed in Norway or elsewhere ("3 500", "3500,50", "3500.5") to øre; at most 12 digits. */
export function parseKroner(text: string): { ore: number } | { error: Extract<BudgetFieldError, `amount_${string}`> } {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(/^kr/i, "").replace(/kr\.?$/i, "");
  if (compact === "") return { error: "amount_required" };
  if (/^[-−]/.test(compact) && AMOUNT.test(compact.slice(1))) return { error: "amount_negative" };
  const match = AMOUNT.exec(compact);
  if (!match) return { error: /^\d{13,}([.,]\d*)?$/.test(compact) ? "amount_too_long" : "amount_not_number" };
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? "").padEnd(2, "0"));
  return { ore: whole * 100 + fraction };
}

const formShape = z.object({
  category: z.string().max(100).default(""),
  sub: z.string().max(100).default(""),
  amount: z.string().max(100).default(""),
  rollover: z.string().max(10).optional(),
});

/** A budget form checked field by field against the categories the user's rows actually have. */
export function parseBudgetInput(form: Record<string, unknown>, categories: ReadonlyMap<string, { subs: ReadonlyMap<string, string> }>): BudgetInput {
  const parsed = formShape.safeParse(form);
  if (!parsed.success) return { ok: false, errors: { amount: "amount_not_number" } };
  const { category, sub, amount, rollover } = parsed.data;
  const errors: Partial<Record<"amount" | "category" | "sub", BudgetFieldError>> = {};
  const known = categories.get(category);
  if (!known) errors.category = "category_unknown";
  else if (sub !== "" && !known.subs.has(sub)) errors.sub = "sub_unknown";
  const money = parseKroner(amount);
  if ("error" in money) errors.amount = money.error;
  if (Object.keys(errors).length > 0 || "error" in money) return { ok: false, errors };
  return { ok: true, plan: { category, sub: sub === "" ? null : sub, amount: money.ore, rollover: rollover === "on" || rollover === "true" } };
}
