import { compareLabels } from "./calendar";
import type { CategorySpending, InsightRow, SpendingByCategory, SubcategorySpending } from "./types";

export const UNCATEGORISED = "none";
export const UNCATEGORISED_LABEL = "Ukategorisert";

interface Group {
  key: string;
  label: string | null;
  total: number;
  count: number;
}

interface MainGroup extends Group {
  subs: Map<string, Group>;
}

/** Groups money-out rows by main and sub category; shared by the single and the one-pass computation. */
export class CategoryTotals {
  private readonly mains = new Map<string, MainGroup>();
  private total = 0;

  /** `row.amount` must be negative. */
  add(row: InsightRow): void {
    this.addTotal(row, -row.amount, 1);
  }

  /** `count` rows of one category that spent `out` (positive) together. */
  addTotal(row: Pick<InsightRow, "categoryMain" | "categoryMainLabel" | "categorySub" | "categorySubLabel">, out: number, count: number): void {
    const mainKey = row.categoryMain ?? UNCATEGORISED;
    let main = this.mains.get(mainKey);
    if (main === undefined) {
      main = { key: mainKey, label: null, total: 0, count: 0, subs: new Map() };
      this.mains.set(mainKey, main);
    }
    main.total += out;
    main.count += count;
    if (main.label === null && row.categoryMain !== null) main.label = row.categoryMainLabel;

    const subKey = row.categorySub ?? UNCATEGORISED;
    let sub = main.subs.get(subKey);
    if (sub === undefined) {
      sub = { key: subKey, label: null, total: 0, count: 0 };
      main.subs.set(subKey, sub);
    }
    sub.total += out;
    sub.count += count;
    if (sub.label === null && row.categorySub !== null) sub.label = row.categorySubLabel;
    this.total += out;
  }

  finish(): SpendingByCategory {
    const total = this.total;
    const categories: CategorySpending[] = [];
    for (const main of this.mains.values()) {
      const subs: SubcategorySpending[] = [];
      for (const sub of main.subs.values()) {
        subs.push({ sub: sub.key, label: labelOf(sub), total: sub.total, count: sub.count });
      }
      subs.sort(byTotalThenLabel);
      categories.push({
        main: main.key,
        label: labelOf(main),
        total: main.total,
        count: main.count,
        share: total === 0 ? 0 : main.total / total,
        subs,
      });
    }
    categories.sort(byTotalThenLabel);
    return { total, categories };
  }
}

function labelOf(group: Group): string {
  if (group.key === UNCATEGORISED) return UNCATEGORISED_LABEL;
  return group.label ?? group.key;
}

function byTotalThenLabel(a: { total: number; label: string }, b: { total: number; label: string }): number {
  return b.total - a.total || compareLabels(a.label, b.label);
}
