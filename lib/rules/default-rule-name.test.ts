import { describe, expect, it } from "vitest";
import { RULE_NAME_MAX, defaultRuleName } from "./default-rule-name";
import { ruleInputSchema } from "./rule-schema";

describe("defaultRuleName", () => {
  it("takes the first text condition that says something", () => {
    expect(defaultRuleName(["", "   ", " Vipps*Ola ", "REMA"], "Regel")).toBe("Vipps*Ola");
    expect(defaultRuleName([undefined, ""], "Rule")).toBe("Rule");
  });

  it("cuts a long condition to a name the store takes, without splitting a character", () => {
    const long = `${"Å".repeat(70)} ${"🙂".repeat(14)}`;
    expect(long.length).toBeGreaterThan(RULE_NAME_MAX);
    const name = defaultRuleName([long], "Regel");
    expect(name).toBe(`${"Å".repeat(70)} ${"🙂".repeat(4)}…`);
    expect(name.length).toBeLessThanOrEqual(RULE_NAME_MAX);
    const parsed = ruleInputSchema.safeParse({ name, conditions: { descriptionContains: long }, actions: { exclude: true } });
    expect(parsed.success).toBe(true);
  });

  it("cuts between the characters a reader sees: a flag is kept whole or left out", () => {
    const name = defaultRuleName([`${"a".repeat(77)}🇳🇴 og mer tekst etter flagget`], "Regel");
    expect(name).toBe(`${"a".repeat(77)}…`);
    expect(defaultRuleName([`${"a".repeat(75)}🇳🇴 og mer tekst etter flagget`], "Regel")).toBe(`${"a".repeat(75)}🇳🇴…`);
  });
});
