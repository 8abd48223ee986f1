import type { CategoryChoice } from "./category-choice";

export interface CategoryOption {
  main: string;
  mainLabel: string;
  subs: { sub: string; subLabel: string }[];
}

/** One select value per main category and per sub ("MAIN" or "MAIN/SUB"), and back. */
export function choiceValue(choice: { main: string; sub?: string | null } | null | undefined): string {
  if (!choice) return "";
  return choice.sub ? `${choice.main}/${choice.sub}` : choice.main;
}

export function choiceFromValue(value: string, options: readonly CategoryOption[]): CategoryChoice | null {
  if (!value) return null;
  const [main, sub] = value.split("/");
  const option = options.find((entry) => entry.main === main);
  if (!option) return null;
  const subOption = sub ? option.subs.find((entry) => entry.sub === sub) : undefined;
  return subOption ? { main: option.main, mainLabel: option.mainLabel, sub: subOption.sub, subLabel: subOption.subLabel } : { main: option.main, mainLabel: option.mainLabel };
}

export interface CategoryRow {
  categoryMain: string | null;
  categoryMainLabel: string | null;
  categorySub: string | null;
  categorySubLabel: string | null;
}

/** The distinct (main, sub) categories of the rows as options, sorted by label (nb). */
export function groupCategoryOptions(rows: readonly CategoryRow[]): CategoryOption[] {
  const byMain = new Map<string, CategoryOption>();
  for (const row of rows) {
    if (!row.categoryMain) continue;
    const option = byMain.get(row.categoryMain) ?? { main: row.categoryMain, mainLabel: row.categoryMainLabel ?? row.categoryMain, subs: [] };
    byMain.set(row.categoryMain, option);
    if (row.categorySub && !option.subs.some((sub) => sub.sub === row.categorySub)) option.subs.push({ sub: row.categorySub, subLabel: row.categorySubLabel ?? row.categorySub });
  }
  const sorted = [...byMain.values()].sort((a, b) => a.mainLabel.localeCompare(b.mainLabel, "nb"));
  for (const option of sorted) option.subs.sort((a, b) => a.subLabel.localeCompare(b.subLabel, "nb"));
  return sorted;
}
