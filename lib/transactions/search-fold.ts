/**
 * The letters the search folds to lower case: ASCII and the Latin-1 capitals (Æ Ø Å, Ä Ö Ü, É …).
 * The database folds stored text with the same list (the triggers of the transaction_search
 * migration, built by searchFoldSql), so a search and the text it looks in always fold alike.
 */
export const FOLDED_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ";

const CAPITAL = new RegExp(`[${FOLDED_CAPITALS}]`, "g");

/** A search as the folded search text holds it: composed (NFC), those capitals in lower case. */
export function foldSearchText(text: string): string {
  return text.normalize("NFC").replace(CAPITAL, (letter) => letter.toLowerCase());
}

/**
 * The same folding as SQL around `expression`: SQLite's lower() for ASCII, replace() for the rest.
 * The replacements run in layers of subqueries: SQLite's parser refuses ~30 nested calls.
 */
export function searchFoldSql(expression: string, perLayer = 12): string {
  const letters = [...FOLDED_CAPITALS.replace(/[A-Z]/g, "")];
  let sql = `(SELECT lower(${expression}) AS v)`;
  for (let start = 0; start < letters.length; start += perLayer) {
    let layer = "v";
    for (const letter of letters.slice(start, start + perLayer)) layer = `replace(${layer}, '${letter}', '${letter.toLowerCase()}')`;
    sql = `(SELECT ${layer} AS v FROM ${sql})`;
  }
  return sql;
}
