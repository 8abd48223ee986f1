/**
 * One icon and one stable colour per category, for every chart, list and budget.
 *
 * The real bank's category codes are not documented (only that each has a Norwegian label), so a
 * category is recognised by words in its code or its label, in either language; anything else keeps
 * a colour derived from its code, so it is the same on every page and every visit.
 */
export type CategoryIconName =
  | "groceries"
  | "housing"
  | "insurance"
  | "transport"
  | "food"
  | "subscriptions"
  | "travel"
  | "health"
  | "shopping"
  | "income"
  | "savings"
  | "transfers"
  | "uncategorized"
  | "other";

export type CategoryAppearance = {
  icon: CategoryIconName;
  /** Index into the `--category-N` colour variables (light and dark pairs) in `app/globals.css`. */
  colorIndex: number;
};

export const CATEGORY_COLOR_COUNT = 12;

const KNOWN: ReadonlyArray<{ icon: CategoryIconName; colorIndex: number; words: RegExp }> = [
  { icon: "uncategorized", colorIndex: 11, words: /uncategori|ukategori/ },
  { icon: "groceries", colorIndex: 0, words: /grocer|dagligvare|matbutikk/ },
  { icon: "housing", colorIndex: 1, words: /housing|bolig|rent|husleie/ },
  { icon: "insurance", colorIndex: 2, words: /insurance|forsikring/ },
  { icon: "transport", colorIndex: 3, words: /transport|fuel|drivstoff/ },
  { icon: "food", colorIndex: 4, words: /food|restaurant|mat og drikke|kaf[eé]/ },
  { icon: "subscriptions", colorIndex: 5, words: /subscription|abonnement/ },
  { icon: "travel", colorIndex: 6, words: /travel|reise/ },
  { icon: "health", colorIndex: 7, words: /health|helse/ },
  { icon: "shopping", colorIndex: 8, words: /shopping|klær|clothing/ },
  { icon: "income", colorIndex: 9, words: /income|inntekt|salary|lønn/ },
  { icon: "savings", colorIndex: 10, words: /saving|sparing/ },
  { icon: "transfers", colorIndex: 11, words: /transfer|overføring/ },
];

export function categoryAppearance(code: string | null | undefined, label?: string | null): CategoryAppearance {
  const text = `${code ?? ""} ${label ?? ""}`.toLowerCase();
  const known = KNOWN.find((entry) => entry.words.test(text));
  if (known) return { icon: known.icon, colorIndex: known.colorIndex };
  return { icon: "other", colorIndex: stableIndex(code || label || "") };
}

/** A small string hash (FNV-1a), so an unknown category keeps its colour everywhere. */
function stableIndex(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % CATEGORY_COLOR_COUNT;
}

export function categoryColorVar(appearance: CategoryAppearance): string {
  return `var(--category-${appearance.colorIndex})`;
}
