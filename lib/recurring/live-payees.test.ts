import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectSeries } from "./detect-series";
import { livePayees, type PayeeTally } from "./live-payees";
import { payeeText } from "./payee-key";
import type { RecurringRow } from "./types";

const TODAY = "2026-03-20";
const DAYS = ["2025-10-01", "2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01", "2026-03-08", "2026-03-15", "2026-03-02"];
const PAYEES = [
  { description: "NETFLIX.COM 12.03", merchantName: "Netflix", remoteAccountNumber: null },
  { description: "VISA VARE 1234 NETFLIX COM", merchantName: null, remoteAccountNumber: null },
  { description: "SPOTIFY AB", merchantName: "Spotify", remoteAccountNumber: null },
  { description: "Husleie", merchantName: null, remoteAccountNumber: "1234.56.78901" },
  { description: "Leie", merchantName: "Netflix", remoteAccountNumber: "12345678901" },
  { description: "1234", merchantName: null, remoteAccountNumber: null },
];

let serial = 0;
const row = (accountId: string, day: number, payee: number, amount: number): RecurringRow => ({
  id: `r${serial++}`,
  accountId,
  bookingDate: DAYS[day]!,
  amount,
  status: "BOOKED",
  ...PAYEES[payee]!,
  remoteAccountName: null,
  categoryMain: null,
  isOwnTransfer: false,
  recurring: false,
  subscription: payee < 3,
});

/** The tallies lib/db keeps, counted from rows. */
function tallies(rows: readonly RecurringRow[]): (PayeeTally & { key: string })[] {
  const byKey = new Map<string, PayeeTally & { key: string; dayset: Set<string> }>();
  for (const candidate of rows) {
    const tally = { accountId: candidate.accountId, direction: candidate.amount > 0 ? ("in" as const) : ("out" as const), remoteAccountNumber: candidate.remoteAccountNumber, merchantName: candidate.merchantName, payeeText: payeeText(candidate.description) };
    const key = JSON.stringify(tally);
    const entry = byKey.get(key) ?? { ...tally, key, rows: 0, days: 0, dayset: new Set<string>() };
    if (candidate.amount !== 0) {
      entry.rows += 1;
      entry.dayset.add(candidate.bookingDate);
      entry.days = entry.dayset.size;
    }
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

function selected(rows: readonly RecurringRow[], accountKey?: (accountId: string) => string): RecurringRow[] {
  const live = new Set(livePayees(tallies(rows), accountKey).map((tally) => tally.key));
  return rows.filter((candidate) =>
    live.has(JSON.stringify({ accountId: candidate.accountId, direction: candidate.amount > 0 ? "in" : "out", remoteAccountNumber: candidate.remoteAccountNumber, merchantName: candidate.merchantName, payeeText: payeeText(candidate.description) })),
  );
}

describe("livePayees", () => {
  it("leaves out a payee joined by a key with one that has two charges on a day, unless fewer than three charges in all", () => {
    const monthly = [0, 1, 2, 3, 4, 5].map((day) => row("a", day, 1, -9900));
    const twice = [row("a", 5, 0, -500), row("a", 5, 0, -700)];
    expect(detectSeries(monthly, TODAY)).toHaveLength(1);
    expect(detectSeries([...monthly, ...twice], TODAY)).toHaveLength(0);
    expect(selected([...monthly, ...twice])).toEqual([]);
    expect(selected(monthly)).toEqual(monthly);
  });

  it("selects rows whose detection equals detection over every row", () => {
    const rowArb = fc.record({ account: fc.constantFrom("a", "b", "c"), day: fc.nat(DAYS.length - 1), payee: fc.nat(PAYEES.length - 1), amount: fc.constantFrom(-9900, -10_900, 2_500_000, 0) });
    const monthlyArb = fc.record({ account: fc.constantFrom("a", "b", "c"), payee: fc.nat(PAYEES.length - 1), amount: fc.constantFrom(-9900, 2_500_000) }).map(({ account, payee, amount }) => [0, 1, 2, 3, 4, 5].map((day) => ({ account, day, payee, amount })));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.array(rowArb, { maxLength: 6 }), monthlyArb), { maxLength: 5 }), (batches) => {
        const rows = batches.flat().map((spec) => row(spec.account, spec.day, spec.payee, spec.amount));
        // Accounts b and c share a number, as keys made of account numbers would.
        const byNumber = (accountId: string) => (accountId === "a" ? "1" : "2");
        for (const accountKey of [undefined, byNumber]) expect(detectSeries(selected(rows, accountKey), TODAY, { accountKey })).toEqual(detectSeries(rows, TODAY, { accountKey }));
      }),
      { numRuns: 400 },
    );
  });
});
