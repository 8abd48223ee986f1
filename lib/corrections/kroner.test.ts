import { describe, expect, it } from "vitest";
import { parseKroner as parseBudgetKroner } from "../budgets/budget-input";
import { kronerFieldText } from "./kroner";

describe("kronerFieldText", () => {
  it("shows whole kroner without decimals, and øre with the language's decimal mark", () => {
    expect(kronerFieldText(100_000, "nb")).toBe("1000");
    expect(kronerFieldText(123_456, "nb")).toBe("1234,56");
    expect(kronerFieldText(123_456, "en")).toBe("1234.56");
    expect(kronerFieldText(0, "nb")).toBe("0");
  });

  it("reads back to the same øre, so a form saved unchanged keeps every amount", () => {
    for (const ore of [0, 1, 99, 100, 123_456, 99_999_999_999_999]) {
      for (const locale of ["nb", "en"]) expect(parseBudgetKroner(kronerFieldText(ore, locale))).toEqual({ ore });
    }
  });
});
