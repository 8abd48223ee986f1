import type { InsightRow } from "./types";

let nextId = 0;

/** A booked, uncategorised, non-transfer row; override what the test is about. */
export function insightRow(overrides: Partial<InsightRow> & Pick<InsightRow, "bookingDate" | "amount">): InsightRow {
  nextId += 1;
  return {
    id: `row-${nextId}`,
    accountId: "a1",
    status: "BOOKED",
    categoryMain: null,
    categoryMainLabel: null,
    categorySub: null,
    categorySubLabel: null,
    merchantName: null,
    description: "Varekjøp",
    isOwnTransfer: false,
    ...overrides,
  };
}

export const groceries = {
  categoryMain: "GROCERIES",
  categoryMainLabel: "Dagligvarer",
  categorySub: "SUPERMARKET",
  categorySubLabel: "Supermarked",
} as const;

export const transport = {
  categoryMain: "TRANSPORT",
  categoryMainLabel: "Transport",
  categorySub: "FUEL",
  categorySubLabel: "Drivstoff",
} as const;
