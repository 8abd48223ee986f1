import { describe, expect, it } from "vitest";
import type { Rule } from "../rules/rule-schema";
import { differsFromBank, effectiveValues, type BankValues, type ManualCorrection } from "./effective-values";

const bank: BankValues = {
  accountId: "acc1",
  amount: -45_000,
  description: "REMA 1000 TORGET",
  merchantName: "Rema 1000",
  categoryMain: "MAT",
  categoryMainLabel: "Mat og drikke",
  categorySub: "DAGLIGVARER",
  categorySubLabel: "Dagligvarer",
  remoteAccountNumber: null,
  isOwnTransfer: false,
};

const food = { main: "MAT", mainLabel: "Mat og drikke" };
const work = { main: "JOBB", mainLabel: "Jobb", sub: "LUNSJ", subLabel: "Lunsj" };
const fun = { main: "FRITID", mainLabel: "Fritid" };

function rule(id: string, position: number, conditions: Rule["conditions"], actions: Rule["actions"]): Rule {
  return { id, position, name: id, conditions, actions };
}

const none: ManualCorrection = { category: null, merchantName: null, isTransfer: null, excluded: null, tags: [] };

describe("effectiveValues", () => {
  it("is the bank's values without rules or corrections", () => {
    const out = effectiveValues(bank, []);
    expect(out).toMatchObject({ categoryMain: "MAT", categorySub: "DAGLIGVARER", merchantName: "Rema 1000", isTransfer: false, excluded: false, tags: [] });
    expect(differsFromBank(out, bank)).toBe(false);
  });

  it("applies the first matching rule per field, in order", () => {
    const rules = [
      rule("a", 0, { descriptionContains: "kiwi" }, { setCategory: fun }),
      rule("b", 1, { descriptionContains: "rema" }, { setCategory: work }),
      rule("c", 2, { merchantContains: "rema" }, { setCategory: fun, renameMerchant: "REMA" }),
    ];
    const out = effectiveValues(bank, rules);
    expect(out.categoryMain).toBe("JOBB");
    expect(out.categorySub).toBe("LUNSJ");
    // The later rule still sets a field no earlier rule set.
    expect(out.merchantName).toBe("REMA");
    expect(differsFromBank(out, bank)).toBe(true);
    // Swapping the order swaps the winner.
    const swapped = effectiveValues(bank, [rules[2]!, rules[1]!]);
    expect(swapped.categoryMain).toBe("FRITID");
    expect(swapped.categorySub).toBeNull();
  });

  it("lets the owner's correction win over every rule, field by field", () => {
    const rules = [rule("a", 0, { descriptionContains: "rema" }, { setCategory: fun, markTransfer: true, addTag: "felles" })];
    const out = effectiveValues(bank, rules, { ...none, category: food, tags: ["hytte"] });
    expect(out.categoryMain).toBe("MAT");
    expect(out.categorySub).toBeNull();
    expect(out.isTransfer).toBe(true);
    expect(out.tags).toEqual(["felles", "hytte"]);
  });

  it("gathers tags from every matching rule and marks exclusion", () => {
    const rules = [
      rule("a", 0, { descriptionContains: "rema" }, { addTag: "mat" }),
      rule("b", 1, { direction: "out" }, { addTag: "ut", exclude: true }),
      rule("c", 2, { direction: "in" }, { addTag: "inn" }),
    ];
    const out = effectiveValues(bank, rules);
    expect(out.tags).toEqual(["mat", "ut"]);
    expect(out.excluded).toBe(true);
  });

  it("a correction may turn a rule's transfer mark back off", () => {
    const rules = [rule("a", 0, { descriptionContains: "rema" }, { markTransfer: true })];
    expect(effectiveValues(bank, rules, { ...none, isTransfer: false }).isTransfer).toBe(false);
    expect(differsFromBank(effectiveValues(bank, rules, { ...none, isTransfer: false }), bank)).toBe(false);
  });
});
