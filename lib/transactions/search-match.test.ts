import { describe, expect, it } from "vitest";
import { hasLikeWildcard, searchMatcher } from "./search-match";

describe("searchMatcher", () => {
  it("reads % and _ as themselves", () => {
    const matches = searchMatcher("50%");
    expect(matches(["Rabatt 50% på alt"])).toBe(true);
    expect(matches(["500 kr"])).toBe(false);
    expect(matches(["5050"])).toBe(false);
    expect(searchMatcher("a_b")(["A_B"])).toBe(true);
    expect(searchMatcher("a_b")(["axb"])).toBe(false);
  });
  it("folds case as the database does, Norwegian letters included", () => {
    expect(searchMatcher("lønn_")(["LØNN_MARS"])).toBe(true);
    expect(searchMatcher("KIWI%")([null, "kiwi% rabatt"])).toBe(true);
  });
  it("says which searches need it", () => {
    expect(hasLikeWildcard("50%")).toBe(true);
    expect(hasLikeWildcard("a_b")).toBe(true);
    expect(hasLikeWildcard("kiwi")).toBe(false);
  });
});
