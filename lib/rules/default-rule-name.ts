/** The longest rule name the store takes (lib/rules/rule-schema.ts). Kept here: the editor in the browser needs it without zod. */
export const RULE_NAME_MAX = 80;

/**
 * The name a rule gets when the owner leaves it blank: the first text condition that says something,
 * cut to the longest name the store takes (conditions may be longer; lengths count UTF-16 units, as
 * the schema does, and no character is split), else `fallback` ("Regel").
 */
export function defaultRuleName(texts: readonly (string | undefined)[], fallback: string): string {
  for (const candidate of texts) {
    const trimmed = candidate?.trim();
    if (!trimmed) continue;
    if (trimmed.length <= RULE_NAME_MAX) return trimmed;
    let cut = "";
    for (const character of trimmed) {
      if (cut.length + character.length > RULE_NAME_MAX - 1) break;
      cut += character;
    }
    return `${cut.trimEnd()}…`;
  }
  return fallback;
}
