import { describe, expect, it } from "vitest";
import { generateLedger, osloDateOf, recurringPlan, type LedgerOptions } from "../../sandbox/data";
import { sandboxRecurringRows } from "../../test-support/sandbox-recurring-rows";
import { detectSeries } from "./detect-series";
import { scoreAgainstPlan } from "./score-against-plan";

// Scored against the sandbox's own plan (what its generator booked on purpose), never against Saldo's store.
const NOW = Date.UTC(2026, 10, 30, 10, 0);
const DAY = 86_400_000;
const CASES: { label: string; options?: LedgerOptions }[] = [{ label: "stable" }, { label: "drifting", options: { drift: true, epochMs: NOW - 20 * DAY } }];

describe("series detection against the sandbox's plan", () => {
  for (const { label, options } of CASES) {
    for (const person of ["kari", "ola"]) {
      it(`finds ${person}'s planned series (${label} ledger)`, () => {
        const ledger = generateLedger(1, person, NOW, options);
        const detected = detectSeries(sandboxRecurringRows(ledger), osloDateOf(NOW));
        const plan = recurringPlan(1, person, NOW, options);
        const score = scoreAgainstPlan(detected.filter((series) => !series.ownTransfer), plan);
        console.info(`${person} (${label}): precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} (${score.found.length} of ${plan.length} planned, ${score.extra.length} extra)`);
        expect(score.missing).toEqual([]);
        expect(score.extra).toEqual([]);
        expect(score.precision).toBeGreaterThanOrEqual(0.95);
        expect(score.recall).toBeGreaterThanOrEqual(0.95);
        expect(score.missingRises).toEqual([]);
        expect(plan.some((series) => series.priceRises.length > 0)).toBe(true);
        expect(score.notEnded).toEqual([]);
        expect(plan.some((series) => series.ended)).toBe(true);
        // Own transfers are detected (the forecast needs them) but never listed as series.
        const own = new Set(ledger.accounts.map((account) => account.accountNumber));
        const listed = detected.filter((series) => !series.ownTransfer);
        expect(listed.some((series) => series.occurrences.some((occurrence) => ledger.transactions.find((row) => row.stableKey === occurrence.id && row.remoteAccountNumber && own.has(row.remoteAccountNumber))))).toBe(false);
      });
    }
  }

  it("moves the planned salary to the weekday before a weekend payday, and predicts the next one so", () => {
    const ledger = generateLedger(1, "kari", NOW);
    const salary = detectSeries(sandboxRecurringRows(ledger), osloDateOf(NOW)).find((series) => series.group === "income" && series.name.startsWith("NORDLYS"));
    expect(salary?.cadence).toBe("monthly");
    // 25 Dec 2026 is a Friday; 25 Oct 2026 was a Sunday, paid on Friday the 23rd.
    expect(salary?.nextDate).toBe("2026-12-25");
    expect(salary?.occurrences.some((occurrence) => occurrence.date === "2026-10-23")).toBe(true);
  });
});
