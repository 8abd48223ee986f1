import { searchSpellings } from "./search-spellings";

const LIKE_WILDCARD = /[%_]/;

function foldAscii(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/** Whether the database's LIKE would read the search as a pattern rather than as the text typed. */
export function hasLikeWildcard(query: string): boolean {
  return LIKE_WILDCARD.test(query);
}

/**
 * The search as text, compared the way the database compares it: ASCII letters in either case,
 * other letters in the spellings searchSpellings gives, "%" and "_" as themselves.
 */
export function searchMatcher(query: string): (texts: readonly (string | null)[]) => boolean {
  const spellings = searchSpellings(query).map(foldAscii);
  return (texts) => texts.some((text) => text !== null && spellings.some((spelling) => foldAscii(text.normalize("NFC")).includes(spelling)));
}
