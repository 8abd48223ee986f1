import { describe, expect, it } from "vitest";
import { MESSAGES, localeFromAcceptLanguage } from "./messages";

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["nb-NO,nb;q=0.9,en;q=0.8", "nb"],
    ["en-US,en;q=0.9", "en"],
    ["nn-NO", "nb"],
    ["de-DE,en;q=0.5,nb;q=0.7", "nb"],
    ["fr", "nb"],
    ["", "nb"],
    [undefined, "nb"],
  ])("%s → %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});

describe("messages", () => {
  it("has every key in both languages", () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.nb).sort());
  });
});
