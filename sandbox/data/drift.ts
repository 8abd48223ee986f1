import { formatDayMonth } from "./oslo-date";
import { hashString } from "./prng";

/** How the bank's answers drift between sessions; absent = no drift (the stable ledger). */
export interface LedgerOptions {
  drift: boolean;
  /** The moment drift is measured from: the later account and the partial stretch are relative to it. */
  epochMs: number;
}

const DAY_MS = 86_400_000;

/** The later (newly shared) account is listed from epoch + 3 days on. */
export const LATER_ACCOUNT_AFTER_DAYS = 3;
/** Credit-card rows are left out (CREDIT_ACCOUNTS_FAILED) during days [epoch + 5, epoch + 9). */
export const CREDIT_FAILURE_FROM_DAY = 5;
export const CREDIT_FAILURE_UNTIL_DAY = 9;
/** Booked rows may gain a description suffix once they are this many days old. */
export const SUFFIX_MIN_AGE_DAYS = 3;
const SUFFIX_PER_MILLE = 80;
/** Share of booked card rows that get a non-zero nonUniqueId; the rest stay all zeros. */
const BOOKED_CARD_ID_PERCENT = 70;

export function laterAccountVisible(nowMs: number, options: LedgerOptions | undefined): boolean {
  return Boolean(options?.drift) && nowMs >= (options?.epochMs ?? 0) + LATER_ACCOUNT_AFTER_DAYS * DAY_MS;
}

export function creditAccountsFailing(nowMs: number, options: LedgerOptions | undefined): boolean {
  if (!options?.drift) return false;
  const from = options.epochMs + CREDIT_FAILURE_FROM_DAY * DAY_MS;
  return nowMs >= from && nowMs < options.epochMs + CREDIT_FAILURE_UNTIL_DAY * DAY_MS;
}

/**
 * Decided by the row's content, not its identity, so identical twins drift together and stay
 * indistinguishable. Undefined when this row keeps its text.
 */
export function descriptionSuffix(seed: number, signature: string, osloDate: string, city: string): string | undefined {
  const hash = hashString(`${seed}|suffix|${signature}`);
  if (hash % 1000 >= SUFFIX_PER_MILLE) return undefined;
  return (hash >>> 10) % 2 === 0 ? ` ${city}` : ` ${formatDayMonth(osloDate)}`;
}

export function bookedCardGetsId(seed: number, stableKey: string): boolean {
  return hashString(`${seed}|booked-id|${stableKey}`) % 100 < BOOKED_CARD_ID_PERCENT;
}
