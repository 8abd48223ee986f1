import { describe, expect, it } from "vitest";
import { lastMatchingDay, reconcileAccount } from "./reconcile-account";

// Base 1 000 kr before reconcileFrom; each day's balance must equal base + the stored booked sum.
const base = 100_000;

describe("reconcileAccount", () => {
  it("matches while every change of the bank's balance is explained by stored rows", () => {
    const snapshots = [
      { date: "2026-11-01", balance: 100_000, ledgerSum: 0 },
      { date: "2026-11-02", balance: 95_010, ledgerSum: -4_990 },
    ];
    expect(reconcileAccount(base, snapshots)).toEqual({ state: "matches", checkedOn: "2026-11-02" });
  });

  it("reports the difference and the first day it appeared after the last match", () => {
    const snapshots = [
      { date: "2026-11-01", balance: 100_000, ledgerSum: 0 },
      { date: "2026-11-02", balance: 95_010, ledgerSum: -4_990 },
      // A row counted twice on the 3rd: the store says 49,90 kr more went out than the bank did.
      { date: "2026-11-03", balance: 95_010, ledgerSum: -9_980 },
      { date: "2026-11-04", balance: 90_000, ledgerSum: -14_990 },
    ];
    expect(reconcileAccount(base, snapshots)).toEqual({ state: "differs", difference: 4_990, since: "2026-11-03", checkedOn: "2026-11-04" });
    expect(lastMatchingDay(base, snapshots)).toBe("2026-11-02");
  });

  it("skips days the bank answered incompletely, and says nothing before a base exists", () => {
    const snapshots = [
      { date: "2026-11-01", balance: 100_000, ledgerSum: 0 },
      { date: "2026-11-02", balance: 50_000, ledgerSum: null },
    ];
    expect(reconcileAccount(base, snapshots)).toEqual({ state: "matches", checkedOn: "2026-11-01" });
    expect(reconcileAccount(null, snapshots)).toEqual({ state: "unchecked" });
    expect(reconcileAccount(base, [{ date: "2026-11-02", balance: 1, ledgerSum: null }])).toEqual({ state: "unchecked" });
  });

  it("is exact beyond 32 bits (a 30,000,000 kr balance)", () => {
    const big = 3_000_000_000;
    expect(reconcileAccount(big, [{ date: "2026-11-01", balance: big + 2_500_000_000, ledgerSum: 2_500_000_000 }])).toEqual({ state: "matches", checkedOn: "2026-11-01" });
    expect(reconcileAccount(big, [{ date: "2026-11-01", balance: big + 2_500_000_001, ledgerSum: 2_500_000_000 }])).toMatchObject({ state: "differs", difference: 1 });
  });
});
