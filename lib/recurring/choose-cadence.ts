import { CADENCE_RULES, type CadenceRule } from "./cadence";

export interface CadenceFit {
  rule: CadenceRule;
  /** Share of gaps that match the cadence, not counting single skipped periods. */
  regularity: number;
}

/**
 * The cadence that explains the gaps between occurrences best. A gap of two periods (one charge
 * skipped or not yet synced) is tolerated once in ten; anything else counts against regularity.
 */
export function chooseCadence(gaps: readonly number[]): CadenceFit | null {
  let best: CadenceFit | null = null;
  for (const rule of CADENCE_RULES) {
    let hits = 0;
    let skips = 0;
    for (const gap of gaps) {
      if (gap >= rule.minGap && gap <= rule.maxGap) hits++;
      else if (gap >= 2 * rule.minGap && gap <= 2 * rule.maxGap) skips++;
    }
    if (hits === 0 || skips > Math.max(1, Math.floor(gaps.length / 10))) continue;
    const regularity = hits / (gaps.length - skips);
    if (!best || regularity > best.regularity) best = { rule, regularity };
  }
  return best;
}
