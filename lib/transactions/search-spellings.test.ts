import { describe, expect, it } from "vitest";
import { searchSpellings } from "./search-spellings";

describe("searchSpellings", () => {
  it("leaves ASCII-only searches alone (LIKE folds those itself)", () => {
    expect(searchSpellings("Kiwi 123")).toEqual(["Kiwi 123"]);
  });
  it("spells each Norwegian letter both ways", () => {
    expect(searchSpellings("lønn")).toEqual(["lønn", "lØnn"]);
    expect(searchSpellings("Bølgen på")).toEqual(["Bølgen på", "Bølgen pÅ", "BØlgen på", "BØlgen pÅ"]);
    expect(searchSpellings("CAFÉ")).toEqual(["CAFé", "CAFÉ"]);
  });
  it("every spelling matches the same text case-insensitively", () => {
    for (const spelling of searchSpellings("ærlig øl å")) expect(spelling.toLowerCase()).toBe("ærlig øl å");
  });
  it("stops folding after the limit, so a long query stays small", () => {
    const spellings = searchSpellings("æøåæøåæøå");
    expect(spellings).toHaveLength(16);
    expect(new Set(spellings).size).toBe(16);
    expect(spellings.every((spelling) => spelling.endsWith("øåæøå"))).toBe(true);
  });
  it("composes decomposed input first, as the stored text is", () => {
    expect(searchSpellings("cafe\u0301")).toEqual(["café", "cafÉ"]);
  });
  it("keeps letters whose case change is not one letter (ß → SS) as typed", () => {
    expect(searchSpellings("straße")).toEqual(["straße"]);
  });
});
