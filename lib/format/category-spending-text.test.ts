import { describe, expect, it } from "vitest";
import { withSpendingText } from "./category-spending-text";

describe("withSpendingText", () => {
  it("adds each category's and subcategory's amount and share as text, keeping the figures", () => {
    const [groceries] = withSpendingText(
      [{ main: "GROCERIES", total: 1_234_550, share: 0.416, subs: [{ sub: "FOOD", total: 1_000_000 }] }],
      "en-GB",
    );
    expect(groceries).toEqual({
      main: "GROCERIES",
      total: 1_234_550,
      share: 0.416,
      amountText: "12\u00a0345,50\u00a0kr",
      shareText: "42%",
      subs: [{ sub: "FOOD", total: 1_000_000, amountText: "10\u00a0000,00\u00a0kr" }],
    });
    expect(withSpendingText([{ total: 5, share: 1, subs: [] }], "nb-NO")[0]!.shareText).toBe("100\u00a0%");
  });
});
