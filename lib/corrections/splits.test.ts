import { describe, expect, it } from "vitest";
import { correctionSchema } from "./correction-schema";
import { effectiveInsightRows } from "./effective-insight-rows";
import { splitProblem } from "./splits";

const cat = (main: string) => ({ main, mainLabel: main });

describe("splitProblem", () => {
  it("accepts parts with the row's sign that sum to its amount", () => {
    expect(splitProblem(-10_000, [])).toBeNull();
    expect(splitProblem(-10_000, [{ amount: -6_000, category: cat("MAT") }, { amount: -4_000, category: null }])).toBeNull();
    expect(splitProblem(5_000, [{ amount: 1, category: null }, { amount: 4_999, category: cat("LØNN") }])).toBeNull();
  });

  it("refuses one part, a wrong sum, a wrong sign and a zero row", () => {
    expect(splitProblem(-10_000, [{ amount: -10_000, category: null }])).toMatch(/two parts/);
    expect(splitProblem(-10_000, [{ amount: -6_000, category: null }, { amount: -3_999, category: null }])).toMatch(/sum to -9999/);
    expect(splitProblem(-10_000, [{ amount: -11_000, category: null }, { amount: 1_000, category: null }])).toMatch(/part 2/);
    expect(splitProblem(0, [{ amount: 1, category: null }, { amount: -1, category: null }])).toMatch(/zero/);
  });

  it("the schema refuses zero and fractional parts with the field named", () => {
    const zero = correctionSchema.safeParse({ splits: [{ amount: 0, category: null }, { amount: -1, category: null }] });
    expect(zero.error?.issues[0]?.path).toEqual(["splits", 0, "amount"]);
    const fraction = correctionSchema.safeParse({ splits: [{ amount: -1.5, category: null }, { amount: -1, category: null }] });
    expect(fraction.success).toBe(false);
  });
});

describe("effectiveInsightRows", () => {
  const base = {
    id: "t1",
    accountId: "a",
    bookingDate: "2026-11-02",
    amount: -10_000,
    status: "BOOKED" as const,
    categoryMain: "MAT",
    categoryMainLabel: "Mat",
    categorySub: null,
    categorySubLabel: null,
    merchantName: "Rema",
    description: "REMA",
    isOwnTransfer: false,
  };

  it("gives each split part to its own category, summing to the row", () => {
    const parts = effectiveInsightRows(base, null, [
      { amount: -7_000, categoryMain: "MAT", categoryMainLabel: "Mat", categorySub: null, categorySubLabel: null },
      { amount: -3_000, categoryMain: "HUS", categoryMainLabel: "Hus", categorySub: null, categorySubLabel: null },
    ]);
    expect(parts.map((part) => [part.id, part.categoryMain, part.amount])).toEqual([
      ["t1:0", "MAT", -7_000],
      ["t1:1", "HUS", -3_000],
    ]);
  });

  it("uses the effect's values, transfer and exclusion included", () => {
    const [row] = effectiveInsightRows(
      base,
      { categoryMain: "HUS", categoryMainLabel: "Hus", categorySub: null, categorySubLabel: null, merchantName: "Utleier", isTransfer: true, excluded: true },
      [],
    );
    expect(row).toMatchObject({ categoryMain: "HUS", merchantName: "Utleier", isOwnTransfer: true, excluded: true, amount: -10_000 });
  });
});
