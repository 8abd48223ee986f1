const ASCII_LETTER = /[A-Za-z]/;

/**
 * SQLite's LIKE ignores case for ASCII letters only, so "lønn" would miss "LØNN FRA …". These are
 * the spellings of a search that differ in the case of its other letters (æ/Æ, ø/Ø, å/Å, é/É …);
 * matching any of them makes the search case-insensitive. Past `limit` such letters, the rest stay
 * as typed, which keeps the query small (at most 2^limit spellings).
 */
export function searchSpellings(query: string, limit = 4): string[] {
  let spellings = [""];
  let folded = 0;
  // Typed text may come decomposed (e + ◌́); the bank's text is composed.
  for (const char of query.normalize("NFC")) {
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    const foldable = !ASCII_LETTER.test(char) && lower !== upper && lower.length === 1 && upper.length === 1;
    if (foldable && folded < limit) {
      folded += 1;
      spellings = spellings.flatMap((spelling) => [spelling + lower, spelling + upper]);
    } else {
      spellings = spellings.map((spelling) => spelling + char);
    }
  }
  return spellings;
}
