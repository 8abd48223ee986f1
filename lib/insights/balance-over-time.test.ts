import { describe, expect, it } from "vitest";
import { balanceOverTime } from "./balance-over-time";
import { insightRow } from "./test-fixtures";
import type { InsightAccount, InsightSnapshot } from "./types";

const accounts: InsightAccount[] = [
  { id: "a1", balance: 100_000, currencyCode: "NOK" },
  { id: "a2", balance: 50_000, currencyCode: "NOK" },
  { id: "eur", balance: 999, currencyCode: "EUR" },
];

const rows = [
  insightRow({ accountId: "a1", bookingDate: "2026-03-06", amount: -123 }),
  insightRow({ accountId: "a1", bookingDate: "2026-03-05", amount: -2_000 }),
  insightRow({ accountId: "a1", bookingDate: "2026-03-05", amount: -7_777, status: "PENDING" }),
  insightRow({ accountId: "a1", bookingDate: "2026-03-04", amount: 10_000 }),
  insightRow({ accountId: "a1", bookingDate: "2026-03-03", amount: -1_000 }),
  insightRow({ accountId: "a1", bookingDate: "2026-03-01", amount: -5 }),
  insightRow({ accountId: "a2", bookingDate: "2026-03-02", amount: -3_000, isOwnTransfer: true }),
  insightRow({ accountId: "eur", bookingDate: "2026-03-03", amount: -50 }),
];

const days = (balances: number[]) => balances.map((balance, i) => ({ date: `2026-03-0${i + 1}`, balance }));

describe("balanceOverTime", () => {
  it("replays booked rows backwards from today's balance, pending rows ignored", () => {
    // a1: 93 000, 93 000, 92 000, 102 000, 100 000; a2: 53 000 then 50 000.
    expect(balanceOverTime(accounts, rows, [], "2026-03-01", "2026-03-05")).toEqual(days([146_000, 143_000, 142_000, 152_000, 150_000]));
  });

  it("anchors on snapshots (last per day wins) and continues the replay from them", () => {
    const snapshots: InsightSnapshot[] = [
      { accountId: "a1", date: "2026-03-03", balance: 80_000 },
      { accountId: "a1", date: "2026-03-03", balance: 90_000 },
      { accountId: "a1", date: "2026-03-05", balance: 1 },
      { accountId: "eur", date: "2026-03-02", balance: 5 },
      { accountId: "a2", date: "2026-02-28", balance: 7 },
    ];
    // a1: 91 000, 91 000, 90 000 (anchor), 102 000, 100 000 (current balance beats today's snapshot).
    expect(balanceOverTime(accounts, rows, snapshots, "2026-03-01", "2026-03-05")).toEqual(
      days([144_000, 141_000, 140_000, 152_000, 150_000]),
    );
  });

  it("sums only the chosen accounts, in NOK", () => {
    expect(balanceOverTime(accounts, rows, [], "2026-03-01", "2026-03-05", { accountIds: ["a2"] })).toEqual(
      days([53_000, 50_000, 50_000, 50_000, 50_000]),
    );
    expect(balanceOverTime(accounts, rows, [], "2026-03-04", "2026-03-05", { accountIds: ["eur"] })).toEqual([
      { date: "2026-03-04", balance: 0 },
      { date: "2026-03-05", balance: 0 },
    ]);
  });

  it("walks across a leap day", () => {
    const leapRows = [insightRow({ bookingDate: "2024-03-01", amount: -100 }), insightRow({ bookingDate: "2024-02-29", amount: -10 })];
    expect(balanceOverTime([{ id: "a1", balance: 1_000, currencyCode: "NOK" }], leapRows, [], "2024-02-28", "2024-03-01")).toEqual([
      { date: "2024-02-28", balance: 1_110 },
      { date: "2024-02-29", balance: 1_100 },
      { date: "2024-03-01", balance: 1_000 },
    ]);
  });

  it("handles empty input and an empty range", () => {
    expect(balanceOverTime(accounts, [], [], "2026-03-04", "2026-03-05")).toEqual([
      { date: "2026-03-04", balance: 150_000 },
      { date: "2026-03-05", balance: 150_000 },
    ]);
    expect(balanceOverTime([], [], [], "2026-03-04", "2026-03-05").map((p) => p.balance)).toEqual([0, 0]);
    expect(balanceOverTime(accounts, rows, [], "2026-03-06", "2026-03-05")).toEqual([]);
  });
});
