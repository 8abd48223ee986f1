import { payeeKeysOf } from "./payee-key";
import { findRoot } from "./union-find";

/** The rows of one account, direction and payee identity, counted (lib/db keeps these per payee). */
export interface PayeeTally {
  accountId: string;
  /** "in" for money in, else "out" (zero amounts too, as detection groups them). */
  direction: "in" | "out";
  remoteAccountNumber: string | null;
  /** The effective merchant (the owner's over the bank's). */
  merchantName: string | null;
  /** payeeText of the bank's text. */
  payeeText: string;
  /** Rows with a non-zero amount, and the distinct days they fall on. */
  rows: number;
  days: number;
}

/**
 * The tallies whose rows can form a series. detectSeries groups rows that share a payee key (through
 * other rows too) and never finds a series in a group of three or more charges with two on one day;
 * a tally with more rows than days has two, so every tally joined with it by a key is left out: reading their rows
 * could not change the series found. Pure; mirrors detectSeries' grouping (same keys, same accountKey).
 */
export function livePayees<T extends PayeeTally>(tallies: readonly T[], accountKey: (accountId: string) => string = (accountId) => accountId): T[] {
  const parent = new Map<string, string>();
  const firstKeys = tallies.map((tally) => {
    const prefix = `${accountKey(tally.accountId)}|${tally.direction}|`;
    const keys = payeeKeysOf(tally.remoteAccountNumber, tally.merchantName, tally.payeeText).map((key) => prefix + key);
    for (const key of keys) if (!parent.has(key)) parent.set(key, key);
    const [first] = keys;
    for (const key of keys.slice(1)) parent.set(findRoot(parent, key), findRoot(parent, first!));
    return first!;
  });
  const doubled = new Set<string>();
  const rows = new Map<string, number>();
  tallies.forEach((tally, index) => {
    const root = findRoot(parent, firstKeys[index]!);
    if (tally.rows > tally.days) doubled.add(root);
    rows.set(root, (rows.get(root) ?? 0) + tally.rows);
  });
  // Fewer than three charges skip the same-day test (a subscription the bank flags, new this month).
  const dead = (root: string) => doubled.has(root) && (rows.get(root) ?? 0) >= 3;
  return tallies.filter((_, index) => !dead(findRoot(parent, firstKeys[index]!)));
}
