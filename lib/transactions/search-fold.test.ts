import { describe, expect, it } from "vitest";
import { foldSearchText, searchFoldSql } from "./search-fold";

describe("foldSearchText", () => {
  it("folds ASCII and Norwegian capitals alike", () => {
    expect(foldSearchText("LØNN FRA ÆRLIGE ÅS")).toBe("lønn fra ærlige ås");
    expect(foldSearchText("Café Ü")).toBe("café ü");
  });

  it("composes decomposed letters as the bank's text is composed", () => {
    expect(foldSearchText("CAFE\u0301")).toBe("café");
  });

  it("leaves letters outside the list, digits and wildcards as typed", () => {
    expect(foldSearchText("Łódź 50%_x")).toBe("Łódź 50%_x");
  });

  it("gives SQL that replaces each non-ASCII capital", () => {
    const sql = searchFoldSql('"x"');
    expect(sql.startsWith("(SELECT replace(")).toBe(true);
    for (const letter of "ÆØÅÉ") expect(sql).toContain(`'${letter}', '${letter.toLowerCase()}'`);
  });
});
