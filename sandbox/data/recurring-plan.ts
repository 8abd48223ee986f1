import { accountPlansFor, laterAccountPlanFor } from "./account-plans";
import type { LedgerOptions } from "./drift";
import { EXTRA_SERIES } from "./extra-series";
import { CO_OWNERS } from "./later-account-activity";
import { generateLedger } from "./ledger";
import { LIFE_PROFILES } from "./life-profiles";
import { ATB_MONTHLY, RUTER_MONTHLY, SUBSCRIPTIONS } from "./merchants";
import { osloDateOf } from "./oslo-date";
import type { AccountRole, SandboxTransaction } from "./types";

export type PlannedCadence = "weekly" | "biweekly" | "monthly" | "quarterly" | "yearly";
export type PlannedGroup = "subscription" | "bill" | "income";

export interface PlannedPriceChange {
  date: string;
  oldOre: number;
  newOre: number;
}

/** One series the generator books on purpose, with the dates and amounts it booked (amounts as magnitudes). */
export interface PlannedSeries {
  payee: string;
  accountNumber: string;
  direction: "in" | "out";
  cadence: PlannedCadence;
  group: PlannedGroup;
  /** Amounts vary from period to period (electricity): no price history to speak of. */
  variableAmount: boolean;
  occurrences: { date: string; amountOre: number }[];
  priceRises: PlannedPriceChange[];
  /** Cancelled: it stopped before today and will not come back. */
  ended: boolean;
}

interface Definition {
  payee: string;
  role: AccountRole;
  cadence: PlannedCadence;
  group: PlannedGroup;
  variableAmount?: boolean;
  ended?: (today: string) => boolean;
  matches: (row: SandboxTransaction) => boolean;
}

function definitions(personId: string): Definition[] {
  const profile = LIFE_PROFILES[personId];
  if (!profile) return [];
  const list: Definition[] = [
    { payee: profile.employer, role: "checking", cadence: "monthly", group: "income", matches: (row) => row.remoteAccountNumber === profile.employerAccount },
    { payee: "Tibber", role: profile.jointMonthlyOre ? "joint" : "checking", cadence: "monthly", group: "bill", variableAmount: true, matches: (row) => row.cleanedDescription === "Tibber" },
  ];
  if (profile.partnerName && profile.partnerAccount) {
    const partnerAccount = profile.partnerAccount;
    list.push({ payee: profile.partnerName, role: "joint", cadence: "monthly", group: "income", matches: (row) => row.remoteAccountNumber === partnerAccount });
  }
  for (const fixed of profile.fixedPayments) {
    list.push({ payee: fixed.name, role: fixed.role, cadence: "monthly", group: "bill", matches: (row) => row.remoteAccountNumber === fixed.remoteAccountNumber });
  }
  for (const subscription of SUBSCRIPTIONS[personId] ?? []) {
    list.push({ payee: subscription.merchant.name, role: subscription.onCard ? "card" : "checking", cadence: "monthly", group: "subscription", matches: (row) => row.merchantName === subscription.merchant.name });
  }
  const pass = profile.monthlyTransit === "ruter" ? RUTER_MONTHLY : ATB_MONTHLY;
  list.push({ payee: pass.name, role: "checking", cadence: "monthly", group: "subscription", matches: (row) => row.merchantName === pass.name });
  const coOwner = CO_OWNERS[personId];
  if (coOwner) list.push({ payee: coOwner.name, role: "shared", cadence: "monthly", group: "income", matches: (row) => row.remoteAccountNumber === coOwner.accountNumber });
  for (const extra of EXTRA_SERIES[personId] ?? []) {
    const matches = extra.kind === "card" ? (row: SandboxTransaction) => row.merchantName === extra.payee : (row: SandboxTransaction) => row.remoteAccountNumber === extra.remoteAccountNumber;
    const until = extra.until;
    list.push({
      payee: extra.payee, role: "checking", cadence: extra.cadence, group: extra.subscription ? "subscription" : "bill", matches,
      ...(until ? { ended: (today: string) => until < today } : {}),
    });
  }
  return list;
}

function priceRises(occurrences: PlannedSeries["occurrences"]): PlannedPriceChange[] {
  const rises: PlannedPriceChange[] = [];
  for (let i = 1; i < occurrences.length; i++) {
    const before = occurrences[i - 1];
    const now = occurrences[i];
    if (before && now && now.amountOre > before.amountOre) rises.push({ date: now.date, oldOre: before.amountOre, newOre: now.amountOre });
  }
  return rises;
}

/**
 * The series the generator books on purpose for a person, as of `nowMs`: the ground truth a detector is
 * scored against, with the same options as the ledger it scores. Own-account transfers are not series here; nor is yearly interest (its amount is random).
 */
export function recurringPlan(seed: number, personId: string, nowMs: number, options?: LedgerOptions): PlannedSeries[] {
  const ledger = generateLedger(seed, personId, nowMs, options);
  const today = osloDateOf(nowMs);
  const later = laterAccountPlanFor(personId);
  const accountByRole = new Map([...accountPlansFor(personId), ...(later ? [later] : [])].map((plan) => [plan.role, plan.accountNumber]));
  const plans: PlannedSeries[] = [];
  for (const definition of definitions(personId)) {
    const accountNumber = accountByRole.get(definition.role);
    if (!accountNumber) continue;
    const rows = ledger.transactions.filter((row) => row.accountNumber === accountNumber && definition.matches(row));
    if (rows.length === 0) continue;
    const occurrences = rows.map((row) => ({ date: row.osloDate, amountOre: Math.abs(row.amountOre) }));
    const direction = (rows[0]?.amountOre ?? 0) > 0 ? "in" : "out";
    plans.push({
      payee: definition.payee,
      accountNumber,
      direction,
      cadence: definition.cadence,
      group: definition.group,
      variableAmount: definition.variableAmount ?? false,
      occurrences,
      priceRises: definition.variableAmount || direction === "in" ? [] : priceRises(occurrences),
      ended: definition.ended?.(today) ?? false,
    });
  }
  return plans;
}
