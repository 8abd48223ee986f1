import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BankTransactionData } from "../domain/types";
import type { StoredRowIdentity } from "../domain/types";
import { adoptImported, matchRows } from "./match-rows";

const row = (overrides: Partial<BankTransactionData> = {}): BankTransactionData => ({
  accountNumber: "12345678901",
  status: "BOOKED",
  bookingDate: "2026-11-20",
  amount: -4990,
  currencyCode: "NOK",
  rawDescription: "KIWI 505 STORO",
  description: "Kiwi",
  recurring: false,
  subscription: false,
  ...overrides,
});

let nextId = 0;
const stored = (data: BankTransactionData): StoredRowIdentity => ({
  id: `s${nextId++}`,
  status: data.status,
  bookingDate: data.bookingDate,
  amount: data.amount,
  nonUniqueId: data.nonUniqueId ?? null,
  rawDescription: data.rawDescription,
});

const window = { complete: true, from: "2026-11-10", to: "2026-11-30" };

describe("matchRows", () => {
  it("updates a booked row in place when its text drifts (same day, amount and nonUniqueId)", () => {
    const before = stored(row({ nonUniqueId: "55512345678" }));
    const plan = matchRows([before], [row({ nonUniqueId: "55512345678", rawDescription: "KIWI 505 STORO OSLO" })], window);
    expect(plan.updates.map((update) => update.id)).toEqual([before.id]);
    expect(plan.inserts).toEqual([]);
    expect(plan.deletes).toEqual([]);
  });

  it("updates in place when the text drifts on a row without a nonUniqueId", () => {
    const before = stored(row());
    const plan = matchRows([before], [row({ rawDescription: "KIWI 505 STORO 20.11" })], window);
    expect(plan.updates.map((update) => update.id)).toEqual([before.id]);
    expect(plan.inserts).toHaveLength(0);
  });

  it("keeps the stored rows of a day on which the answer held a row it could not read, and only of that day", () => {
    const unreadable = stored(row({ bookingDate: "2026-11-20" }));
    const gone = stored(row({ bookingDate: "2026-11-21", rawDescription: "REMA 1000" }));
    expect(matchRows([unreadable, gone], [], { ...window, keep: { all: false, days: new Set(["2026-11-20"]) } }).deletes).toEqual([gone.id]);
    expect(matchRows([unreadable, gone], [], { ...window, keep: { all: true, days: new Set() } }).deletes).toEqual([]);
    expect(matchRows([unreadable, gone], [], window).deletes).toEqual([unreadable.id, gone.id]);
  });

  it("keeps genuine same-day twins (no nonUniqueId) as two rows, answer after answer", () => {
    const first = matchRows([], [row(), row()], window);
    expect(first.inserts).toHaveLength(2);
    const twins = first.inserts.map(stored);
    const again = matchRows(twins, [row(), row()], window);
    expect(again.inserts).toHaveLength(0);
    expect(again.updates.map((update) => update.id).sort()).toEqual(twins.map((twin) => twin.id).sort());
  });

  it("keeps two rows with the same day and amount but different nonUniqueIds apart", () => {
    const plan = matchRows([], [row({ nonUniqueId: "11111111111" }), row({ nonUniqueId: "22222222222" })], window);
    expect(plan.inserts).toHaveLength(2);
  });

  it("books a pending row under new text and a new nonUniqueId in place", () => {
    const pending = stored(row({ status: "PENDING", rawDescription: "VISA VARE 123456 KIWI", bookingDate: "2026-11-19" }));
    const plan = matchRows([pending], [row({ nonUniqueId: "98765432109" })], window);
    expect(plan.updates).toEqual([{ id: pending.id, row: expect.objectContaining({ status: "BOOKED", nonUniqueId: "98765432109" }) }]);
    expect(plan.deletes).toEqual([]);
  });

  it("keeps a stored pending row the bank still lists as pending", () => {
    const pending = stored(row({ status: "PENDING" }));
    const plan = matchRows([pending], [row({ status: "PENDING" }), row({ nonUniqueId: "98765432109" })], window);
    expect(plan.updates).toEqual([{ id: pending.id, row: expect.objectContaining({ status: "PENDING" }) }]);
    expect(plan.inserts).toEqual([expect.objectContaining({ status: "BOOKED" })]);
  });

  it("deletes what a complete answer no longer lists, inside the window only", () => {
    const gonePending = stored(row({ status: "PENDING", amount: -100 }));
    const oldRow = stored(row({ bookingDate: "2026-10-01" }));
    const plan = matchRows([gonePending, oldRow], [], window);
    expect(plan.deletes).toEqual([gonePending.id]);
  });

  it("deletes nothing after a partial answer", () => {
    const pending = stored(row({ status: "PENDING", amount: -100 }));
    expect(matchRows([pending], [], { ...window, complete: false }).deletes).toEqual([]);
  });

  it("pairs a row dated outside the window with the stored row of its day instead of adding it again", () => {
    const outside = stored(row({ bookingDate: "2026-10-01", nonUniqueId: "12121212121" }));
    const plan = matchRows([outside], [row({ bookingDate: "2026-10-01", nonUniqueId: "12121212121" })], window);
    expect(plan.inserts).toEqual([]);
    expect(plan.updates.map((update) => update.id)).toEqual([outside.id]);
  });

  // The ledger's own law, for any stored state and any complete answer: afterwards the window holds
  // exactly the answer's rows (as a multiset of status, day and amount), and nothing outside moved.
  it("leaves exactly the bank's rows in a completely answered window (property)", () => {
    const day = fc.constantFrom("2026-11-08", "2026-11-10", "2026-11-11", "2026-11-20", "2026-11-30", "2026-12-01");
    const bankRow = fc.record({
      status: fc.constantFrom<"PENDING" | "BOOKED">("PENDING", "BOOKED"),
      bookingDate: day,
      amount: fc.constantFrom(-4990, -100, 2500, -2_500_000_000),
      nonUniqueId: fc.option(fc.constantFrom("11111111111", "22222222222"), { nil: undefined }),
      rawDescription: fc.constantFrom("KIWI", "KIWI OSLO", "VISA VARE 1 KIWI", "REMA"),
    });
    fc.assert(
      fc.property(fc.array(bankRow, { maxLength: 12 }), fc.array(bankRow, { maxLength: 12 }), fc.boolean(), (before, answer, complete) => {
        const store = before.map((data) => stored(row(data)));
        const answered = answer.map((data) => row(data));
        const plan = matchRows(store, answered, { ...window, complete });
        const updated = new Map(plan.updates.map((update) => [update.id, update.row]));
        expect(new Set(plan.updates.map((update) => update.id)).size).toBe(plan.updates.length);
        const after = [
          ...store.filter((item) => !plan.deletes.includes(item.id)).map((item) => updated.get(item.id) ?? item),
          ...plan.inserts,
        ].map((item) => `${item.status}|${item.bookingDate}|${item.amount}`);
        const inWindow = (key: string) => {
          const date = key.split("|")[1]!;
          return date >= window.from && date <= window.to;
        };
        // Every answered row is in the store, once.
        expect(plan.updates.length + plan.inserts.length).toBe(answered.length);
        if (complete) {
          const expected = answered.map((item) => `${item.status}|${item.bookingDate}|${item.amount}`);
          const unmatchedOutside = store.filter((item) => !updated.has(item.id) && !inWindow(`x|${item.bookingDate}`)).map((item) => `${item.status}|${item.bookingDate}|${item.amount}`);
          expect(after.sort()).toEqual([...expected, ...unmatchedOutside].sort());
        } else {
          expect(plan.deletes).toEqual([]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("adoptImported", () => {
  it("takes over an imported row of the same day and amount, one to one, and only for booked rows", () => {
    const imported = [
      { id: "i1", bookingDate: "2025-05-01", amount: -50_000 },
      { id: "i2", bookingDate: "2025-05-01", amount: -50_000 },
      { id: "i3", bookingDate: "2025-05-02", amount: -7_500 },
    ];
    const twins = [row({ bookingDate: "2025-05-01", amount: -50_000, rawDescription: "A" }), row({ bookingDate: "2025-05-01", amount: -50_000, rawDescription: "B" })];
    const third = row({ bookingDate: "2025-05-01", amount: -50_000, rawDescription: "C" });
    const pending = row({ bookingDate: "2025-05-02", amount: -7_500, status: "PENDING" });
    const otherDay = row({ bookingDate: "2025-05-03", amount: -7_500 });
    const result = adoptImported([...twins, third, pending, otherDay], imported);
    expect(result.adopt.map((entry) => [entry.id, entry.row.rawDescription])).toEqual([
      ["i1", "A"],
      ["i2", "B"],
    ]);
    expect(result.inserts).toEqual([third, pending, otherDay]);
  });
});
