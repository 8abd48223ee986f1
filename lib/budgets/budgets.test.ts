import { describe, expect, it } from "vitest";
import type { InsightRow } from "../insights/types";
import { projectedSpending } from "./budget-pace";
import { budgetMonth, budgetMonthParam, FIRST_BUDGET_MONTH, rowsFromMonth } from "./budget-month";
import { suggestBudgets } from "./suggest-budgets";

let id = 0;
const row = (bookingDate: string, amount: number, categoryMain: string | null, extra: Partial<InsightRow> = {}): InsightRow => ({
  id: `r${id++}`,
  accountId: "a1",
  bookingDate,
  amount,
  status: "BOOKED",
  categoryMain,
  categoryMainLabel: categoryMain === "GROCERIES" ? "Dagligvarer" : categoryMain,
  categorySub: categoryMain === "GROCERIES" ? "SUPERMARKET" : null,
  categorySubLabel: categoryMain === "GROCERIES" ? "Butikk" : null,
  merchantName: null,
  description: "x",
  isOwnTransfer: false,
  ...extra,
});

describe("projectedSpending (pace)", () => {
  it("extrapolates the current month from its elapsed days, keeps finished months, and a future month has spent nothing", () => {
    // 1 000 kr spent by 10 November: 3 000 kr at this pace over 30 days.
    expect(projectedSpending(100_000, "2026-11", "2026-11-10")).toBe(300_000);
    expect(projectedSpending(100_000, "2026-11", "2026-11-30")).toBe(100_000);
    expect(projectedSpending(100_000, "2026-10", "2026-11-10")).toBe(100_000);
    expect(projectedSpending(100_000, "2026-12", "2026-11-10")).toBe(0);
    // February in a leap year has 29 days.
    expect(projectedSpending(29_000, "2028-02", "2028-02-01")).toBe(29_000 * 29);
  });
});

describe("budgetMonth", () => {
  const rows = [
    row("2026-09-05", -100_000, "GROCERIES"),
    row("2026-10-05", -250_000, "GROCERIES"),
    row("2026-11-03", -120_000, "GROCERIES"),
    row("2026-11-04", -30_000, "GROCERIES", { status: "PENDING" }),
    row("2026-11-04", 50_000, "GROCERIES"),
    row("2026-11-05", -999_999, "GROCERIES", { isOwnTransfer: true }),
    row("2026-11-06", -40_000, "TRANSPORT"),
  ];

  it("counts money out by the charts' rules: pending included, refunds and own transfers not", () => {
    const month = budgetMonth([{ category: "GROCERIES", sub: null, amount: 200_000, rollover: false, since: "2026-01" }], rows, "2026-11", "2026-11-15");
    expect(month.lines).toEqual([
      expect.objectContaining({ category: "GROCERIES", label: "Dagligvarer", budget: 200_000, spent: 150_000, left: 50_000, progress: 0.75, projected: 300_000 }),
    ]);
    expect(month.unbudgeted).toEqual([{ category: "TRANSPORT", label: "TRANSPORT", spent: 40_000 }]);
    expect(month.totals).toEqual({ budget: 200_000, spent: 150_000, left: 50_000, projected: 300_000 });
  });

  it("rolls the unspent and the overspent amount into the next months from the budget's first month", () => {
    const plan = { category: "GROCERIES", sub: null, amount: 200_000, rollover: true, since: "2026-09" };
    const month = budgetMonth([plan], rows, "2026-11", "2026-11-30");
    // September left 1 000 kr, October overspent 500 kr: November's budget is 2 000 + 1 000 − 500.
    expect(month.lines[0]).toMatchObject({ base: 200_000, carried: 50_000, budget: 250_000, spent: 150_000, left: 100_000 });
    expect(budgetMonth([{ ...plan, rollover: false }], rows, "2026-11", "2026-11-30").lines[0]).toMatchObject({ carried: 0, budget: 200_000 });
  });

  it("budgets a sub-category on its own and leaves out budgets that start later", () => {
    const month = budgetMonth(
      [
        { category: "GROCERIES", sub: "SUPERMARKET", amount: 100_000, rollover: false, since: "2026-11" },
        { category: "TRANSPORT", sub: null, amount: 100_000, rollover: false, since: "2026-12" },
      ],
      rows,
      "2026-11",
      "2026-11-30",
    );
    expect(month.lines).toEqual([expect.objectContaining({ sub: "SUPERMARKET", label: "Dagligvarer › Butikk", spent: 150_000, left: -50_000, progress: 1.5 })]);
  });

  it("counts a sub-category's budget inside its category's in the totals, not beside it", () => {
    const month = budgetMonth(
      [
        { category: "GROCERIES", sub: null, amount: 500_000, rollover: false, since: "2026-01" },
        { category: "GROCERIES", sub: "SUPERMARKET", amount: 300_000, rollover: false, since: "2026-01" },
        { category: "TRANSPORT", sub: null, amount: 100_000, rollover: false, since: "2026-01" },
      ],
      rows,
      "2026-11",
      "2026-11-30",
    );
    expect(month.lines).toHaveLength(3);
    // 1 500 kr of groceries (all in the supermarket sub-category) and 400 kr of transport, each once.
    expect(month.totals).toEqual({ budget: 600_000, spent: 190_000, left: 410_000, projected: 190_000 });
  });

  it("carries over no month that has not come yet when a later month is shown", () => {
    const plan = { category: "GROCERIES", sub: null, amount: 200_000, rollover: true, since: "2026-11" };
    // Seen on 15 November, January's budget carries what November has left so far, not a whole unspent December too.
    const january = budgetMonth([plan], rows, "2027-01", "2026-11-15");
    expect(january.lines[0]).toMatchObject({ carried: 50_000, budget: 250_000 });
  });

  it("reads only as far back as the suggestions and rollover need", () => {
    expect(rowsFromMonth([], "2026-11")).toBe("2026-05");
    expect(rowsFromMonth([{ category: "X", sub: null, amount: 1, rollover: true, since: "2026-01" }], "2026-11")).toBe("2026-01");
    expect(rowsFromMonth([{ category: "X", sub: null, amount: 1, rollover: true, since: "2020-01" }], "2026-11")).toBe("2024-11");
  });
});

describe("suggestBudgets", () => {
  it("suggests the median of the last six complete months, rounded up to whole hundreds", () => {
    const history = [
      row("2026-05-10", -100_000, "GROCERIES"),
      row("2026-06-10", -300_000, "GROCERIES"),
      row("2026-07-10", -200_000, "GROCERIES"),
      row("2026-08-10", -410_000, "GROCERIES"),
      row("2026-09-10", -250_000, "GROCERIES"),
      row("2026-10-10", -260_050, "GROCERIES"),
      // The current month does not count.
      row("2026-11-10", -9_000_000, "GROCERIES"),
      row("2026-04-10", -9_000_000, "TRANSPORT"),
    ];
    // Sorted: 1 000, 2 000, 2 500, 2 600,50, 3 000, 4 100 → median 2 550,25 → 2 600 kr.
    expect(suggestBudgets(history, "2026-11")).toEqual([{ category: "GROCERIES", label: "Dagligvarer", amount: 260_000, months: [100_000, 300_000, 200_000, 410_000, 250_000, 260_050] }]);
  });

  it("suggests no budget for uncategorised spending, which no budget can count against", () => {
    const history = ["2026-05-10", "2026-06-10", "2026-07-10", "2026-08-10", "2026-09-10", "2026-10-10"].map((day) => row(day, -100_000, null));
    expect(suggestBudgets(history, "2026-11")).toEqual([]);
  });
});

describe("budgetMonthParam", () => {
  // /budgets?month=0000-01 passed the page's yyyy-MM check and ended in a RangeError six months back.
  it("takes the months the page can show and nothing else", () => {
    expect(budgetMonthParam("2026-12")).toBe("2026-12");
    expect(budgetMonthParam(FIRST_BUDGET_MONTH)).toBe(FIRST_BUDGET_MONTH);
    for (const value of [undefined, "", "0000-01", "0000-06", "1899-12", "2026-13", "2026-1", "2026-12-01"]) expect(budgetMonthParam(value), String(value)).toBeNull();
  });

  it("leaves every look-back from the first month it takes a month", () => {
    const plans = [{ category: "GROCERIES", sub: null, amount: 1000, rollover: true, since: FIRST_BUDGET_MONTH }];
    expect(() => suggestBudgets([], FIRST_BUDGET_MONTH)).not.toThrow();
    expect(() => budgetMonth(plans, [], FIRST_BUDGET_MONTH, "2026-12-03")).not.toThrow();
    expect(() => rowsFromMonth(plans, FIRST_BUDGET_MONTH)).not.toThrow();
  });
});
