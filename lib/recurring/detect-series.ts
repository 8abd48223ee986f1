import { dayNumber } from "../insights/calendar";
import { cadenceRule, type CadenceRule } from "./cadence";
import { chooseCadence } from "./choose-cadence";
import { normaliseText, payeeKeys } from "./payee-key";
import { nominalDay } from "./nominal-day";
import { stepDate } from "./next-date";
import { priceHistory, priceRises } from "./price-history";
import type { RecurringRow, RecurringSeries, SeriesDirection, SeriesGroup, SeriesOccurrence } from "./types";
import { findRoot } from "./union-find";

const MIN_REGULARITY = 0.8;
const MIN_VARIABLE_REGULARITY = 0.9;
/** A step between two charges above this share is not a price change but a different amount. */
const MAX_STEP_CHANGE = 0.25;
/** Two or three yearly charges say little about a cadence, so their amounts must agree more closely. */
const MAX_YEARLY_STEP_CHANGE = 0.1;
const MIN_STABLE_STEPS = 0.85;

interface Group {
  key: string;
  accountId: string;
  direction: SeriesDirection;
  rows: RecurringRow[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : Math.round(((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2);
}

/** The key a group is remembered by: the remote account, else its most frequent merchant, else its most frequent text. */
function canonicalKey(keyCounts: Map<string, number>): string {
  let best = "";
  let bestRank = -1;
  let bestCount = -1;
  for (const [key, count] of keyCounts) {
    const rank = key.startsWith("a:") ? 2 : key.startsWith("m:") ? 1 : 0;
    if (rank > bestRank || (rank === bestRank && (count > bestCount || (count === bestCount && key < best)))) {
      best = key;
      bestRank = rank;
      bestCount = count;
    }
  }
  return best;
}

/** Rows of one account and direction that share a payee key (directly or through other rows) form a group. */
function groupRows(rows: readonly RecurringRow[], accountKey: (accountId: string) => string): Group[] {
  const parent = new Map<string, string>();
  const rowKeys: string[][] = [];
  for (const row of rows) {
    const direction = row.amount > 0 ? "in" : "out";
    const account = accountKey(row.accountId);
    const keys = payeeKeys(row).map((key) => `${account}|${direction}|${key}`);
    rowKeys.push(keys);
    for (const key of keys) if (!parent.has(key)) parent.set(key, key);
    const first = keys[0];
    if (first) for (const key of keys.slice(1)) parent.set(findRoot(parent, key), findRoot(parent, first));
  }
  const groups = new Map<string, { group: Group; keyCounts: Map<string, number> }>();
  rows.forEach((row, index) => {
    const keys = rowKeys[index] ?? [];
    const first = keys[0];
    if (row.amount === 0 || !first) return;
    const root = findRoot(parent, first);
    let entry = groups.get(root);
    if (!entry) {
      entry = { group: { key: "", accountId: row.accountId, direction: row.amount > 0 ? "in" : "out", rows: [] }, keyCounts: new Map() };
      groups.set(root, entry);
    }
    entry.group.rows.push(row);
    for (const key of keys) entry.keyCounts.set(key, (entry.keyCounts.get(key) ?? 0) + 1);
  });
  return [...groups.values()].map(({ group, keyCounts }) => ({ ...group, key: canonicalKey(keyCounts) }));
}

function stableAmounts(amounts: readonly number[], maxStep: number): boolean {
  if (amounts.length < 2) return true;
  let stable = 0;
  for (let i = 1; i < amounts.length; i++) {
    const before = amounts[i - 1] ?? 0;
    const after = amounts[i] ?? 0;
    if (Math.abs(after - before) <= before * maxStep) stable++;
  }
  return stable / (amounts.length - 1) >= MIN_STABLE_STEPS;
}

/** The name the bank gives the payee most often (texts drift and optional fields come and go), else the cleaned text. */
function nameOf(rows: readonly RecurringRow[]): string {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const name = row.remoteAccountName?.trim() || row.merchantName?.trim();
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = "";
  for (const [name, count] of counts) if (count > (counts.get(best) ?? 0)) best = name;
  if (best) return best;
  const text = normaliseText(rows.at(-1)?.description ?? "");
  return text.toLowerCase().replace(/(^|\s)\p{L}/gu, (letter) => letter.toUpperCase());
}

function groupOf(direction: SeriesDirection, rows: readonly RecurringRow[]): SeriesGroup {
  if (direction === "in") return "income";
  const flagged = rows.filter((row) => row.subscription || row.categoryMain === "SUBSCRIPTIONS").length;
  return flagged * 2 >= rows.length ? "subscription" : "bill";
}

function buildSeries(group: Group, occurrences: SeriesOccurrence[], rule: CadenceRule, variableAmount: boolean, today: string, newOnly: boolean): RecurringSeries {
  const first = occurrences[0];
  const last = occurrences.at(-1);
  if (!first || !last) throw new RangeError("A series needs an occurrence");
  const amount = variableAmount ? median(occurrences.slice(-3).map((occurrence) => occurrence.amount)) : last.amount;
  const day = nominalDay(group.direction, occurrences);
  const movesToWeekday = group.direction === "in";
  const nextDate = stepDate(last.date, rule, day, 1, movesToWeekday);
  const endedAfter = stepDate(last.date, rule, day, 2, movesToWeekday);
  const todayNumber = dayNumber(today);
  const ended = !newOnly && todayNumber > dayNumber(endedAfter) + rule.graceDays;
  const missed = !ended && todayNumber > dayNumber(nextDate) + rule.graceDays;
  const history = variableAmount ? [] : priceHistory(occurrences);
  const rises = group.direction === "out" ? priceRises(history, rule.perYear) : [];
  const latestRise = rises.at(-1);
  const monthlyCost = ended ? 0 : Math.round((amount * rule.perYear) / 12);
  return {
    key: group.key,
    accountId: group.accountId,
    direction: group.direction,
    name: nameOf(group.rows),
    group: groupOf(group.direction, group.rows),
    cadence: rule.cadence,
    amount,
    variableAmount,
    firstDate: first.date,
    lastDate: last.date,
    nextDate,
    monthlyCost,
    yearlyCost: ended ? 0 : amount * rule.perYear,
    occurrences,
    priceHistory: history,
    priceRises: rises,
    priceRise: latestRise && todayNumber - dayNumber(latestRise.date) <= 365 ? latestRise : null,
    isNew: first.date.slice(0, 7) === today.slice(0, 7),
    missed,
    ended,
    ownTransfer: group.rows.some((row) => row.isOwnTransfer),
  };
}

function detectGroup(group: Group, today: string): RecurringSeries | null {
  // Rows of one day in id order: which of them a series names must not depend on the order they were read in.
  const rows = [...group.rows].sort((a, b) => (a.bookingDate < b.bookingDate ? -1 : a.bookingDate > b.bookingDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  group.rows = rows;
  const occurrences = rows.map((row) => ({ id: row.id, date: row.bookingDate, amount: Math.abs(row.amount) }));
  const first = occurrences[0];
  if (!first) return null;
  // A subscription the bank flags, first charged this month, is listed before it can show a cadence.
  const flaggedNew = rows.every((row) => row.subscription) && first.date.slice(0, 7) === today.slice(0, 7);
  if (occurrences.length < 3 && flaggedNew && group.direction === "out") {
    return buildSeries(group, occurrences, cadenceRule("monthly"), false, today, true);
  }
  if (occurrences.length < 2) return null;
  const numbers = occurrences.map((occurrence) => dayNumber(occurrence.date));
  const gaps = numbers.slice(1).map((number, index) => number - (numbers[index] ?? number));
  // Two charges on one day are never one series' cadence.
  if (gaps.some((gap) => gap === 0)) return null;
  const fit = chooseCadence(gaps);
  if (!fit || occurrences.length < fit.rule.minOccurrences || fit.regularity < MIN_REGULARITY) return null;
  const amounts = occurrences.map((occurrence) => occurrence.amount);
  if (stableAmounts(amounts, fit.rule.cadence === "yearly" ? MAX_YEARLY_STEP_CHANGE : MAX_STEP_CHANGE)) return buildSeries(group, occurrences, fit.rule, false, today, false);
  const flagged = rows.filter((row) => row.recurring).length * 2 >= rows.length;
  if (flagged && fit.rule.cadence === "monthly" && fit.regularity >= MIN_VARIABLE_REGULARITY) return buildSeries(group, occurrences, fit.rule, true, today, false);
  return null;
}

export interface DetectOptions {
  /** What stands for the account in series keys; give the account number so keys outlive the store's ids. */
  accountKey?: (accountId: string) => string;
}

/**
 * Recurring series in a ledger: rows of one payee (remote account, merchant or cleaned text) on one
 * account and in one direction, at a regular cadence and a stable amount (or, for monthly bills the
 * bank marks recurring, any amount). Pure: rows in, series out, as of `today`.
 */
export function detectSeries(rows: readonly RecurringRow[], today: string, options: DetectOptions = {}): RecurringSeries[] {
  const series: RecurringSeries[] = [];
  for (const group of groupRows(rows, options.accountKey ?? ((accountId) => accountId))) {
    const found = detectGroup(group, today);
    if (found) series.push(found);
  }
  // The key last: two accounts' series of one payee must come out in the same order however the rows were read.
  return series.sort((a, b) => b.monthlyCost - a.monthlyCost || a.name.localeCompare(b.name, "nb") || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
