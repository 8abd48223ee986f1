import { compareLabels } from "./calendar";
import type { MerchantSpending } from "./types";

export const UNKNOWN_MERCHANT = "Ukjent";

interface Group {
  total: number;
  count: number;
}

interface Alias {
  group: Group;
  spelling: string;
  total: number;
  count: number;
}

/**
 * Money out per merchant, grouped case-insensitively. Each distinct raw name is folded only once
 * (cached by the raw string) so a large range costs a map lookup per row, not a lower-casing.
 */
export class MerchantTotals {
  private readonly aliases = new Map<string, Alias>();
  private readonly groups = new Map<string, Group>();

  /** `amount` must be negative. */
  add(rawName: string, amount: number): void {
    this.addTotal(rawName, -amount, 1);
  }

  /** `count` payments to one raw name that spent `out` (positive) together. */
  addTotal(rawName: string, out: number, count: number): void {
    let alias = this.aliases.get(rawName);
    if (alias === undefined) {
      const spelling = rawName.trim().replace(/\s+/g, " ") || UNKNOWN_MERCHANT;
      const key = spelling.toLowerCase();
      let group = this.groups.get(key);
      if (group === undefined) {
        group = { total: 0, count: 0 };
        this.groups.set(key, group);
      }
      alias = { group, spelling, total: 0, count: 0 };
      this.aliases.set(rawName, alias);
    }
    alias.total += out;
    alias.count += count;
  }

  finish(limit: number): MerchantSpending[] {
    if (limit <= 0) return [];
    const spellings = new Map<Group, Map<string, number>>();
    for (const alias of this.aliases.values()) {
      alias.group.total += alias.total;
      alias.group.count += alias.count;
      let counts = spellings.get(alias.group);
      if (counts === undefined) {
        counts = new Map();
        spellings.set(alias.group, counts);
      }
      counts.set(alias.spelling, (counts.get(alias.spelling) ?? 0) + alias.count);
    }
    const merchants: MerchantSpending[] = [];
    for (const [group, counts] of spellings) {
      merchants.push({ name: mostFrequent(counts), total: group.total, count: group.count });
    }
    merchants.sort((a, b) => b.total - a.total || compareLabels(a.name, b.name));
    return merchants.slice(0, limit);
  }
}

/** Ties go to the alphabetically first spelling, so the result does not depend on row order. */
function mostFrequent(counts: Map<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [spelling, count] of counts) {
    if (count > bestCount || (count === bestCount && spelling < best)) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}
