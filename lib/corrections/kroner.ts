/** "1 234,50" or "-1234.5" kroner as integer øre; null when it is not an amount. */
export function parseKroner(value: string): number | null {
  const compact = value.replace(/[\s\u00a0]/g, "").replace(/^−/, "-");
  if (!/^-?\d{1,12}([.,]\d{1,2})?$/.test(compact)) return null;
  const [whole = "0", fraction = ""] = compact.replace("-", "").split(/[.,]/);
  const ore = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return compact.startsWith("-") ? -ore : ore;
}

/** Øre as a plain kroner string for an input ("-1234.50"). */
export function kronerText(ore: number): string {
  const sign = ore < 0 ? "-" : "";
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/**
 * Øre as the text of an amount field the owner edits: whole kroner when there are no øre ("1000"),
 * else with the language's decimal mark ("1234,56" / "1234.56"), so saving the form unchanged keeps
 * the amount to the øre.
 */
export function kronerFieldText(ore: number, locale: string): string {
  if (ore % 100 === 0) return String(ore / 100);
  const text = kronerText(ore);
  return locale === "nb" ? text.replace(".", ",") : text;
}
