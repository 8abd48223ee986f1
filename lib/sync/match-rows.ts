import { addDays, daysBetween } from "../dates/oslo-date";
import type { BankTransactionData, StoredRowIdentity } from "../domain/types";

export interface MatchScope {
  /** The bank answered this account completely for [from, to]: stored rows there that it no longer lists go. */
  complete: boolean;
  from: string;
  to: string;
  /**
   * Days on which the answer held a row of this account Saldo could not read (`all`: a row of unknown
   * day): the bank still lists a row there, so no stored row of those days goes.
   */
  keep?: { all: boolean; days: ReadonlySet<string> };
}

export interface MatchPlan {
  /** Stored rows the answer names again (maybe with new text, ids, status or day): updated in place. */
  updates: { id: string; row: BankTransactionData }[];
  inserts: BankTransactionData[];
  deletes: string[];
}

// A pending card row is booked on its day or a few days later, never before.
const PENDING_BOOKED_AFTER_DAYS = 7;

export function normaliseText(text: string): string {
  return text.normalize("NFKC").toUpperCase().replace(/\s+/g, " ").trim();
}

/** Stored rows under a key, taken in a stable order so repeated answers pair the same way. */
class Pool {
  private readonly byKey = new Map<string, StoredRowIdentity[]>();

  constructor(rows: readonly StoredRowIdentity[], key: (row: StoredRowIdentity) => string | undefined) {
    for (const row of rows) {
      const k = key(row);
      if (k === undefined) continue;
      const list = this.byKey.get(k);
      if (list) list.push(row);
      else this.byKey.set(k, [row]);
    }
  }

  take(key: string, free: Set<string>): StoredRowIdentity | undefined {
    const list = this.byKey.get(key);
    if (!list) return undefined;
    const found = list.find((row) => free.has(row.id));
    if (found) free.delete(found.id);
    return found;
  }
}

const strongKey = (date: string, amount: number, nonUniqueId: string) => `${date}|${amount}|${nonUniqueId}`;
const textKey = (date: string, amount: number, text: string) => `${date}|${amount}|${normaliseText(text)}`;
const looseKey = (date: string, amount: number) => `${date}|${amount}`;

/**
 * Pairs one account's answered rows with its stored rows, most certain first:
 * 1. booked: day + amount + a non-zero nonUniqueId (the stable part, per the bank's behaviour);
 * 2. day + amount + the bank's raw text (rows without a nonUniqueId; twins pair one to one);
 * 3. day + amount alone (the text or id drifted between sessions);
 * 4. a booked row with a stored pending row of the same amount a few days before (booked under new text).
 * What is left of the answer is new. What is left of the store inside a completely answered window
 * is gone from the bank and is deleted; nothing outside it, and nothing when the answer was partial.
 */
export function matchRows(stored: readonly StoredRowIdentity[], answered: readonly BankTransactionData[], scope: MatchScope): MatchPlan {
  const free = new Set(stored.map((row) => row.id));
  const plan: MatchPlan = { updates: [], inserts: [], deletes: [] };
  const booked = stored.filter((row) => row.status === "BOOKED");
  const pending = stored.filter((row) => row.status === "PENDING");

  const pendingAnswered = answered.filter((row) => row.status === "PENDING");
  const bookedAnswered = answered.filter((row) => row.status === "BOOKED");

  // Pending rows first: a stored pending row the bank still lists as pending stays pending.
  const pendingByText = new Pool(pending, (row) => textKey(row.bookingDate, row.amount, row.rawDescription));
  const pendingLoose = new Pool(pending, (row) => looseKey(row.bookingDate, row.amount));
  let rest: BankTransactionData[] = [];
  for (const row of pendingAnswered) {
    const hit = pendingByText.take(textKey(row.bookingDate, row.amount, row.rawDescription), free);
    if (hit) plan.updates.push({ id: hit.id, row });
    else rest.push(row);
  }
  for (const row of rest) {
    const hit = pendingLoose.take(looseKey(row.bookingDate, row.amount), free);
    if (hit) plan.updates.push({ id: hit.id, row });
    else plan.inserts.push(row);
  }

  const strong = new Pool(booked, (row) => (row.nonUniqueId ? strongKey(row.bookingDate, row.amount, row.nonUniqueId) : undefined));
  const byText = new Pool(booked, (row) => textKey(row.bookingDate, row.amount, row.rawDescription));
  const loose = new Pool(booked, (row) => looseKey(row.bookingDate, row.amount));
  rest = [];
  for (const row of bookedAnswered) {
    const hit = row.nonUniqueId ? strong.take(strongKey(row.bookingDate, row.amount, row.nonUniqueId), free) : undefined;
    if (hit) plan.updates.push({ id: hit.id, row });
    else rest.push(row);
  }
  let next: BankTransactionData[] = [];
  for (const row of rest) {
    const hit = byText.take(textKey(row.bookingDate, row.amount, row.rawDescription), free);
    if (hit) plan.updates.push({ id: hit.id, row });
    else next.push(row);
  }
  rest = next;
  next = [];
  for (const row of rest) {
    const hit = loose.take(looseKey(row.bookingDate, row.amount), free);
    if (hit) plan.updates.push({ id: hit.id, row });
    else next.push(row);
  }
  for (const row of next) {
    const successorOf = closestPending(pending, free, row);
    if (successorOf) {
      free.delete(successorOf.id);
      plan.updates.push({ id: successorOf.id, row });
    } else {
      plan.inserts.push(row);
    }
  }

  if (scope.complete && !scope.keep?.all) {
    for (const row of stored) {
      if (free.has(row.id) && row.bookingDate >= scope.from && row.bookingDate <= scope.to && !scope.keep?.days.has(row.bookingDate)) plan.deletes.push(row.id);
    }
  }
  return plan;
}

function closestPending(pending: readonly StoredRowIdentity[], free: Set<string>, row: BankTransactionData): StoredRowIdentity | undefined {
  const earliest = addDays(row.bookingDate, -PENDING_BOOKED_AFTER_DAYS);
  let best: StoredRowIdentity | undefined;
  for (const candidate of pending) {
    if (!free.has(candidate.id) || candidate.amount !== row.amount) continue;
    if (candidate.bookingDate < earliest || candidate.bookingDate > addDays(row.bookingDate, 1)) continue;
    if (!best || Math.abs(daysBetween(candidate.bookingDate, row.bookingDate)) < Math.abs(daysBetween(best.bookingDate, row.bookingDate))) best = candidate;
  }
  return best;
}

export interface ImportAdoption {
  /** Imported rows the bank now lists itself: they become synced rows, keeping their id (and the owner's corrections). */
  adopt: { id: string; row: BankTransactionData }[];
  inserts: BankTransactionData[];
}

/**
 * The rows a sync would insert, paired with rows the owner imported from the bank's CSV: a booked row
 * of the same day and amount is the same row (the CSV is the bank's own export; its texts differ from
 * the API's), so it is taken over rather than stored twice. This holds whatever brings the bank's
 * answer to the imported days: an answer with rows from before its window, or a backfill.
 */
export function adoptImported(inserts: readonly BankTransactionData[], imported: readonly Pick<StoredRowIdentity, "id" | "bookingDate" | "amount">[]): ImportAdoption {
  const free = new Map<string, string[]>();
  for (const row of imported) {
    const key = looseKey(row.bookingDate, row.amount);
    free.set(key, [...(free.get(key) ?? []), row.id]);
  }
  const result: ImportAdoption = { adopt: [], inserts: [] };
  for (const row of inserts) {
    const id = row.status === "BOOKED" ? free.get(looseKey(row.bookingDate, row.amount))?.shift() : undefined;
    if (id) result.adopt.push({ id, row });
    else result.inserts.push(row);
  }
  return result;
}
