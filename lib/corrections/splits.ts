import type { SplitPart } from "./correction-schema";

/**
 * Why a split cannot be stored for a row of `amount` øre, or null when it can: at least two parts,
 * each with the row's sign, summing exactly to the row's amount. No parts means "not split".
 */
export function splitProblem(amount: number, parts: readonly SplitPart[]): string | null {
  if (parts.length === 0) return null;
  if (parts.length === 1) return "a split needs at least two parts";
  if (amount === 0) return "a row of zero cannot be split";
  const sign = Math.sign(amount);
  const wrongSign = parts.findIndex((part) => Math.sign(part.amount) !== sign);
  if (wrongSign >= 0) return `part ${wrongSign + 1} must have the row's sign`;
  const sum = parts.reduce((total, part) => total + part.amount, 0);
  if (sum !== amount) return `the parts sum to ${sum} øre, not the row's ${amount} øre`;
  return null;
}
