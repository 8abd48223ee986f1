import type { RecurringRow } from "./types";

const CARD_PREFIX = /^(VISA VARE|MASTERCARD)\s+\d+\s+/;
const DATE_SUFFIX = /\s+\d{2}\.\d{2}(\.\d{2,4})?$/;
// Texts repeat across rows and across runs over the same ledger.
const normalised = new Map<string, string>();

/**
 * The bank's text without what drifts: a pending card prefix, a date suffix, words with digits
 * (store numbers, references), punctuation, and anything after the second word (a place suffix).
 */
export function normaliseText(text: string): string {
  const known = normalised.get(text);
  if (known !== undefined) return known;
  if (normalised.size > 50_000) normalised.clear();
  const words = text.toUpperCase().replace(CARD_PREFIX, "").replace(DATE_SUFFIX, "").split(/\s+/).filter((word) => !/\d/.test(word));
  const result = words.join(" ").replace(/[^\p{L}\s]/gu, " ").split(/\s+/).filter(Boolean).slice(0, 2).join(" ");
  normalised.set(text, result);
  return result;
}

/**
 * Who is on the other side, in forms that survive the bank's text drift: the remote account when
 * there is one, else the merchant (when the bank names one) and the normalised text. Rows that
 * share any of these belong to one payee.
 */
export function payeeKeys(row: Pick<RecurringRow, "remoteAccountNumber" | "merchantName" | "description">): string[] {
  return payeeKeysOf(row.remoteAccountNumber, row.merchantName, payeeText(row.description));
}

/** The text part of a payee's identity: the bank's text without what drifts, in lower case. */
export function payeeText(description: string): string {
  return normaliseText(description).toLowerCase();
}

/** payeeKeys from the row's remote account, merchant and payeeText (as stored beside each row). */
export function payeeKeysOf(remoteAccountNumber: string | null, merchantName: string | null, text: string): string[] {
  const account = remoteAccountNumber?.replace(/\D/g, "");
  if (account) return [`a:${account}`];
  const keys: string[] = [];
  const merchant = merchantName?.trim().toLowerCase();
  if (merchant) keys.push(`m:${merchant}`);
  if (text) keys.push(`t:${text}`);
  return keys.length > 0 ? keys : ["t:"];
}
