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

/** Every text of a language by its path ("types.SAVINGS"), nested groups included. */
function texts(messages: object, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = `${prefix}${key}`;
    if (typeof value === "string") found.set(path, value);
    else if (value && typeof value === "object") for (const [inner, text] of texts(value as object, `${path}.`)) found.set(inner, text);
  }
  return found;
}

const placeholders = (text: string) => [...new Set(Array.from(text.matchAll(/\{(\w+)\}/g), (match) => match[1]!))].sort();

describe("messages", () => {
  it("has every key in both languages, nested ones included", () => {
    expect([...texts(MESSAGES.en).keys()].sort()).toEqual([...texts(MESSAGES.nb).keys()].sort());
  });

  it("uses the same {placeholders} in both languages", () => {
    const english = texts(MESSAGES.en);
    const mismatches = [...texts(MESSAGES.nb)]
      .filter(([key, text]) => placeholders(text).join() !== placeholders(english.get(key) ?? "").join())
      .map(([key, text]) => `${key}: nb ${placeholders(text).join(",") || "-"} / en ${placeholders(english.get(key) ?? "").join(",") || "-"}`);
    expect(mismatches).toEqual([]);
  });

  it("finds a placeholder that one language lacks", () => {
    const nb = { a: "{count} igjen", b: { c: "{x}" } };
    const en = { a: "left", b: { c: "{x}" } };
    expect(placeholders(texts(nb).get("a")!)).not.toEqual(placeholders(texts(en).get("a")!));
    expect(placeholders(texts(nb).get("b.c")!)).toEqual(["x"]);
  });
});
