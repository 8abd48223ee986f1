/** The longest rule name the store takes (lib/rules/rule-schema.ts). Kept here: the editor in the browser needs it without zod. */
export const RULE_NAME_MAX = 80;

/**
 * The name a rule gets when the owner leaves it blank: the first text condition that says something,
 * cut to the longest name the store takes (conditions may be longer; lengths count UTF-16 units, as
 * the schema does, and the cut falls between the characters a reader sees, so no emoji or flag is
 * split), else `fallback` ("Regel"). A name the owner typed is theirs: it is not made here.
 */
export function defaultRuleName(texts: readonly (string | undefined)[], fallback: string): string {
  for (const candidate of texts) {
    const trimmed = candidate?.trim();
    if (!trimmed) continue;
    if (trimmed.length <= RULE_NAME_MAX) return trimmed;
    let cut = "";
    for (const { segment } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(trimmed)) {
      if (cut.length + segment.length > RULE_NAME_MAX - 1) break;
      cut += segment;
    }
    return `${cut.trimEnd()}…`;
  }
  return fallback;
}
