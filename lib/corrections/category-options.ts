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
