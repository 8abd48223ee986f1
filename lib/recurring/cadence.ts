import type { Cadence } from "./types";

export interface CadenceRule {
  cadence: Cadence;
  /** Nominal gap in days. */
  days: number;
  /** Gaps counted as this cadence. */
  minGap: number;
  maxGap: number;
  /** Months per step for calendar cadences; 0 for day-based ones. */
  months: number;
  perYear: number;
  /** Days past the expected date before it counts as missed. */
  graceDays: number;
  minOccurrences: number;
}

export const CADENCE_RULES: readonly CadenceRule[] = [
  { cadence: "weekly", days: 7, minGap: 6, maxGap: 8, months: 0, perYear: 52, graceDays: 3, minOccurrences: 3 },
  { cadence: "biweekly", days: 14, minGap: 12, maxGap: 16, months: 0, perYear: 26, graceDays: 4, minOccurrences: 3 },
  { cadence: "monthly", days: 30, minGap: 26, maxGap: 35, months: 1, perYear: 12, graceDays: 7, minOccurrences: 3 },
  { cadence: "quarterly", days: 91, minGap: 82, maxGap: 100, months: 3, perYear: 4, graceDays: 14, minOccurrences: 3 },
  { cadence: "yearly", days: 365, minGap: 350, maxGap: 380, months: 12, perYear: 1, graceDays: 30, minOccurrences: 2 },
];

export function cadenceRule(cadence: Cadence): CadenceRule {
  const rule = CADENCE_RULES.find((candidate) => candidate.cadence === cadence);
  if (!rule) throw new RangeError(`Unknown cadence ${cadence}`);
  return rule;
}
