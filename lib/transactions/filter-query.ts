import type { TransactionFilter } from "./transaction-filter";

export const FILTER_KEYS = ["q", "account", "category", "from", "to", "min", "max", "status", "direction"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Partial<Record<FilterKey, string>>;

/** The filter as URL parameters (raw strings, as typed), in a stable order for cache keys and links. */
export function filterToQuery(values: FilterValues): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = values[key]?.trim();
    if (value) params.set(key, value);
  }
  return params.toString();
}

/** Splits raw search params into valid filter values and the names of those that were not valid. */
export function splitFilterParams(
  raw: Record<string, string | string[] | undefined>,
  validate: (values: FilterValues) => { ok: true; filter: TransactionFilter } | { ok: false; key: string; message: string },
): { values: FilterValues; errors: { key: string; message: string }[] } {
  const values: FilterValues = {};
  for (const key of FILTER_KEYS) {
    const value = raw[key];
    if (typeof value === "string" && value.trim()) values[key] = value.trim();
  }
  const errors: { key: string; message: string }[] = [];
  // Drop invalid parameters one at a time so the rest of a bookmarked view still applies.
  for (let attempt = 0; attempt < FILTER_KEYS.length; attempt += 1) {
    const result = validate(values);
    if (result.ok) break;
    const key = (FILTER_KEYS as readonly string[]).includes(result.key) ? (result.key as FilterKey) : undefined;
    errors.push({ key: result.key, message: result.message });
    if (!key) break;
    delete values[key];
  }
  return { values, errors };
}

/**
 * Rows per page of the transactions list, on the server's first render and on every fetch while
 * scrolling: a phone shows about ten, so hydration and each fetch pay for a screen or four, not 100.
 */
export const LIST_PAGE_ROWS = 40;
