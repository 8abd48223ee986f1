import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchesConditions, wildcardMatch, type RuleSubject } from "./match-rule";
import { ruleConditionsSchema, ruleInputSchema } from "./rule-schema";

const row: RuleSubject = {
  accountId: "acc1",
  amount: -1_250_00,
  description: "VIPPS *Ola Nordmann husleie",
  merchantName: "Vipps",
  categoryMain: "UKATEGORISERT",
  remoteAccountNumber: "1234.56.78903",
};

describe("wildcardMatch", () => {
  it("matches the whole text, case-insensitively, with * and ?", () => {
    expect(wildcardMatch("vipps*husleie", row.description)).toBe(true);
    expect(wildcardMatch("VIPPS*", row.description)).toBe(true);
    expect(wildcardMatch("*ola*", row.description)).toBe(true);
    expect(wildcardMatch("vipps", row.description)).toBe(false);
    expect(wildcardMatch("k?w", "Kiwi")).toBe(false);
    expect(wildcardMatch("k?wi", "Kiwi")).toBe(true);
    expect(wildcardMatch("*", "")).toBe(true);
    expect(wildcardMatch("?", "")).toBe(false);
  });

  it("treats regular-expression characters literally and stays fast on hostile patterns", () => {
    expect(wildcardMatch("a.b", "axb")).toBe(false);
    expect(wildcardMatch("(a+)+$", "(a+)+$")).toBe(true);
    const started = performance.now();
    expect(wildcardMatch("*a*a*a*a*a*a*a*a*b", "a".repeat(100))).toBe(false);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe("wildcardMatch against the bank's own asterisks", () => {
  // Vipps rows read "Vipps*Ola Nordmann": a pattern's * must stay a wildcard where the text has a *.
  it("matches texts that hold a * where the pattern has one", () => {
    expect(wildcardMatch("vipps*", "Vipps*Ola Nordmann")).toBe(true);
    expect(wildcardMatch("vipps*nordmann", "VIPPS*OLA NORDMANN")).toBe(true);
    expect(wildcardMatch("*netflix*", "*NETFLIX.COM")).toBe(true);
    expect(wildcardMatch("vipps*kari", "Vipps*Ola Nordmann")).toBe(false);
  });

  it("agrees with a regular expression built from the pattern, on any pattern and text", () => {
    const reference = (pattern: string, text: string) =>
      new RegExp(`^${[...pattern].map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("")}$`, "su").test(text);
    const alphabet = fc.constantFrom("a", "b", "*", "?", " ");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 8 }), fc.array(fc.constantFrom("a", "b", "*", "?", " "), { maxLength: 10 }), (pattern, text) => {
        expect(wildcardMatch(pattern.join(""), text.join(""))).toBe(reference(pattern.join(""), text.join("")));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("matchesConditions", () => {
  it("needs every condition given to hold", () => {
    expect(matchesConditions({ descriptionContains: "husleie" }, row)).toBe(true);
    expect(matchesConditions({ descriptionContains: "HUSLEIE", direction: "out" }, row)).toBe(true);
    expect(matchesConditions({ descriptionContains: "husleie", direction: "in" }, row)).toBe(false);
    expect(matchesConditions({ merchantContains: "vip", accountId: "acc1" }, row)).toBe(true);
    expect(matchesConditions({ merchantContains: "vip", accountId: "acc2" }, row)).toBe(false);
    expect(matchesConditions({ merchantMatches: "vipps" }, row)).toBe(true);
    expect(matchesConditions({ bankCategory: "UKATEGORISERT" }, row)).toBe(true);
    expect(matchesConditions({ bankCategory: "MAT" }, row)).toBe(false);
  });

  it("compares amounts as absolute øre, both ends included", () => {
    expect(matchesConditions({ minAmount: 1_250_00 }, row)).toBe(true);
    expect(matchesConditions({ maxAmount: 1_250_00 }, row)).toBe(true);
    expect(matchesConditions({ minAmount: 1_250_01 }, row)).toBe(false);
    expect(matchesConditions({ minAmount: 1_000_00, maxAmount: 1_249_99 }, row)).toBe(false);
  });

  it("compares remote account numbers by their digits", () => {
    expect(matchesConditions({ remoteAccount: "12345678903" }, row)).toBe(true);
    expect(matchesConditions({ remoteAccount: "1234 56 78904" }, row)).toBe(false);
    expect(matchesConditions({ remoteAccount: "12345678903" }, { ...row, remoteAccountNumber: null })).toBe(false);
  });

  it("a missing merchant only matches an empty pattern", () => {
    expect(matchesConditions({ merchantContains: "vipps" }, { ...row, merchantName: null })).toBe(false);
  });
});

describe("rule schema", () => {
  it("refuses a rule without conditions or actions, and min above max, naming the field", () => {
    const none = ruleConditionsSchema.safeParse({});
    expect(none.success).toBe(false);
    const inverted = ruleConditionsSchema.safeParse({ minAmount: 500, maxAmount: 100 });
    expect(inverted.error?.issues[0]?.path).toEqual(["minAmount"]);
    const noAction = ruleInputSchema.safeParse({ name: "x", conditions: { descriptionContains: "a" }, actions: {} });
    expect(noAction.success).toBe(false);
    const extra = ruleInputSchema.safeParse({ name: "x", conditions: { descriptionContains: "a" }, actions: { exclude: true }, evil: 1 });
    expect(extra.success).toBe(false);
  });
});
