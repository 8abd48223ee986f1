import { describe, expect, it } from "vitest";
import { ruleInputSchema } from "./rule-schema";
import { seedRule } from "./seed-rule";

describe("seedRule", () => {
  it("matches the bank's merchant and direction and repeats the owner's corrections", () => {
    const seed = seedRule(
      { description: "KIWI 505 BYÅSEN", merchantName: "Kiwi", amount: -12_300 },
      { category: { main: "JOBB", mainLabel: "Jobb" }, merchantName: "Kiwi Byåsen", isTransfer: null, excluded: true, tags: ["lunsj", "jobb"] },
    );
    expect(seed.conditions).toEqual({ merchantContains: "Kiwi", direction: "out" });
    expect(seed.actions).toEqual({ setCategory: { main: "JOBB", mainLabel: "Jobb" }, renameMerchant: "Kiwi Byåsen", exclude: true, addTag: "lunsj" });
    expect(ruleInputSchema.safeParse(seed).success).toBe(true);
  });

  it("falls back to the bank's text without a merchant", () => {
    const seed = seedRule({ description: "Husleie november", merchantName: null, amount: 1_000 }, null);
    expect(seed.conditions).toEqual({ descriptionContains: "Husleie november", direction: "in" });
    expect(seed.actions).toEqual({});
  });
});
