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
 * Rows on the transactions list's first page: the server's first render and a new filter's or
 * search's first answer. Below the page's search and filters a phone's first screen shows six or seven
 * rows, so 25 fill two to three screens and hydration and a search's repaint pay for no more; the list
 * pages on before it is scrolled to its end (its sentinel reaches `LIST_PREFETCH_MARGIN` of the screen).
 */
export const LIST_FIRST_PAGE_ROWS = 25;
/** Rows on each further page while scrolling: fewer round trips through a long history. */
export const LIST_PAGE_ROWS = 40;
/**
 * How far below the screen the end of the list starts the next page. It must stay shorter than the
 * first page below the screen, or the first page would fetch the second as soon as it hydrates.
 */
export const LIST_PREFETCH_MARGIN = "400px";
