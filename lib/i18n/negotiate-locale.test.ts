import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate-locale";

describe("negotiateLocale", () => {
  it("follows the saved choice over the browser", () => {
    expect(negotiateLocale("en", "nb-NO,nb;q=0.9")).toBe("en");
    expect(negotiateLocale("nb", "en-GB,en;q=0.9")).toBe("nb");
  });
  it("falls back to the browser's language when the cookie is missing or not a language we have", () => {
    expect(negotiateLocale(undefined, "en-GB,en;q=0.9")).toBe("en");
    expect(negotiateLocale("de", "en-US")).toBe("en");
    expect(negotiateLocale("../en", "nn-NO")).toBe("nb");
  });
  it("defaults to Norwegian", () => {
    expect(negotiateLocale(undefined, null)).toBe("nb");
    expect(negotiateLocale(undefined, "fr-FR,de;q=0.5")).toBe("nb");
  });
});
