import type { RecurringSeries, SeriesDirection } from "./types";

/** What a scorer needs of a planned series (the sandbox's plan has this shape). */
export interface PlannedSeriesLike {
  payee: string;
  accountNumber: string;
  direction: SeriesDirection;
  cadence: string;
  occurrences: { date: string; amountOre: number }[];
  priceRises: { date: string; oldOre: number; newOre: number }[];
  ended: boolean;
}

export interface PlanScore {
  precision: number;
  recall: number;
  /** Planned series found with the right cadence, by payee. */
  found: string[];
  missing: string[];
  /** Detected series that match no planned one, by name. */
  extra: string[];
  /** Planned price rises not flagged with the right old and new amount. */
  missingRises: string[];
  /** Planned-ended series not marked ended. */
  notEnded: string[];
  ownTransfersReported: number;
}

/** A detected series is a planned one when it is on the same account and direction, and shares most charges (day and amount). */
function matches(series: RecurringSeries, plan: PlannedSeriesLike, accountNumberOf: (accountId: string) => string): boolean {
  if (accountNumberOf(series.accountId) !== plan.accountNumber || series.direction !== plan.direction) return false;
  const charges = new Set(series.occurrences.map((occurrence) => `${occurrence.date}|${occurrence.amount}`));
  const shared = plan.occurrences.filter((occurrence) => charges.has(`${occurrence.date}|${occurrence.amountOre}`)).length;
  return shared * 2 > Math.max(plan.occurrences.length, charges.size);
}

/** Scores listed series (own transfers count as wrong) against a plan. */
export function scoreAgainstPlan(detected: readonly RecurringSeries[], plans: readonly PlannedSeriesLike[], accountNumberOf: (accountId: string) => string = (id) => id): PlanScore {
  const matchedSeries = new Set<RecurringSeries>();
  const found: string[] = [];
  const missing: string[] = [];
  const missingRises: string[] = [];
  const notEnded: string[] = [];
  for (const plan of plans) {
    const series = detected.find((candidate) => !candidate.ownTransfer && candidate.cadence === plan.cadence && matches(candidate, plan, accountNumberOf));
    if (!series) {
      missing.push(plan.payee);
      continue;
    }
    matchedSeries.add(series);
    found.push(plan.payee);
    for (const rise of plan.priceRises) {
      const flagged = series.priceRises.some((candidate) => candidate.oldAmount === rise.oldOre && candidate.newAmount === rise.newOre && Math.abs(Date.parse(candidate.date) - Date.parse(rise.date)) <= 7 * 86_400_000);
      if (!flagged) missingRises.push(`${plan.payee} ${rise.oldOre}→${rise.newOre}`);
    }
    if (plan.ended && !series.ended) notEnded.push(plan.payee);
  }
  const extra = detected.filter((series) => !matchedSeries.has(series)).map((series) => series.name);
  const listed = detected.length;
  return {
    precision: listed === 0 ? 1 : matchedSeries.size / listed,
    recall: plans.length === 0 ? 1 : found.length / plans.length,
    found,
    missing,
    extra,
    missingRises,
    notEnded,
    ownTransfersReported: detected.filter((series) => series.ownTransfer).length,
  };
}
