import type { RuleConditions } from "./rule-schema";

/** The bank's values of a row, which rules match on (never the corrected ones: no rule chains). */
export interface RuleSubject {
  accountId: string;
  amount: number;
  description: string;
  merchantName: string | null;
  categoryMain: string | null;
  remoteAccountNumber: string | null;
}

const fold = (value: string) => value.normalize("NFC").toLocaleLowerCase("nb");
const digits = (value: string) => value.replace(/\D/g, "");

/**
 * Whole-text wildcard match (`*` any text, `?` one character), case-insensitive. Linear-time
 * greedy matching with one backtrack point, so any pattern is cheap on any text.
 */
export function wildcardMatch(pattern: string, text: string): boolean {
  const p = [...fold(pattern)];
  const t = [...fold(text)];
  let pi = 0;
  let ti = 0;
  let star = -1;
  let mark = 0;
  while (ti < t.length) {
    // A * is always the wildcard, also where the text has a * of its own ("Vipps*Ola Nordmann").
    if (pi < p.length && p[pi] === "*") {
      star = pi;
      mark = ti;
      pi += 1;
    } else if (pi < p.length && (p[pi] === "?" || p[pi] === t[ti])) {
      pi += 1;
      ti += 1;
    } else if (star >= 0) {
      pi = star + 1;
      mark += 1;
      ti = mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === "*") pi += 1;
  return pi === p.length;
}

export function matchesConditions(conditions: RuleConditions, row: RuleSubject): boolean {
  const description = row.description;
  const merchant = row.merchantName ?? "";
  const size = Math.abs(row.amount);
  if (conditions.descriptionContains !== undefined && !fold(description).includes(fold(conditions.descriptionContains))) return false;
  if (conditions.descriptionMatches !== undefined && !wildcardMatch(conditions.descriptionMatches, description)) return false;
  if (conditions.merchantContains !== undefined && !fold(merchant).includes(fold(conditions.merchantContains))) return false;
  if (conditions.merchantMatches !== undefined && !wildcardMatch(conditions.merchantMatches, merchant)) return false;
  if (conditions.minAmount !== undefined && size < conditions.minAmount) return false;
  if (conditions.maxAmount !== undefined && size > conditions.maxAmount) return false;
  if (conditions.accountId !== undefined && row.accountId !== conditions.accountId) return false;
  if (conditions.direction === "in" && row.amount <= 0) return false;
  if (conditions.direction === "out" && row.amount >= 0) return false;
  if (conditions.bankCategory !== undefined && row.categoryMain !== conditions.bankCategory) return false;
  if (conditions.remoteAccount !== undefined && digits(row.remoteAccountNumber ?? "") !== digits(conditions.remoteAccount)) return false;
  return true;
}
