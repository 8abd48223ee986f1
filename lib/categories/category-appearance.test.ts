import { describe, expect, it } from "vitest";
import { CATEGORY_COLOR_COUNT, categoryAppearance, categoryColorVar } from "./category-appearance";

describe("categoryAppearance", () => {
  it("recognises a category by its code or by its label in either language", () => {
    expect(categoryAppearance("GROCERIES", "Dagligvarer").icon).toBe("groceries");
    expect(categoryAppearance("X1", "Dagligvarer").icon).toBe("groceries");
    expect(categoryAppearance("FOOD_AND_DRINK", null).icon).toBe("food");
    expect(categoryAppearance(undefined, "Ukategorisert").icon).toBe("uncategorized");
    expect(categoryAppearance("TRANSFERS", "Overføringer").icon).toBe("transfers");
  });

  it("gives an unknown category the same colour every time, within the palette", () => {
    const first = categoryAppearance("SOMETHING_NEW", "Noe nytt");
    expect(first.icon).toBe("other");
    expect(categoryAppearance("SOMETHING_NEW", "Noe nytt")).toEqual(first);
    for (const code of ["A", "B", "PETS", "EDUCATION", "", "ÆØÅ"]) {
      const { colorIndex } = categoryAppearance(code);
      expect(colorIndex).toBeGreaterThanOrEqual(0);
      expect(colorIndex).toBeLessThan(CATEGORY_COLOR_COUNT);
    }
  });

  it("gives the known top categories distinct colours, except transfers sharing the neutral one", () => {
    const codes = ["GROCERIES", "HOUSING", "INSURANCE", "TRANSPORT", "FOOD_AND_DRINK", "SUBSCRIPTIONS", "TRAVEL", "HEALTH", "SHOPPING", "INCOME", "SAVINGS"];
    const colours = new Set(codes.map((code) => categoryAppearance(code).colorIndex));
    expect(colours.size).toBe(codes.length);
    expect(categoryColorVar(categoryAppearance("HOUSING"))).toBe("var(--category-1)");
  });
});
