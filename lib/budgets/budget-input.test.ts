import { describe, expect, it } from "vitest";
import { parseBudgetInput, parseKroner } from "./budget-input";

const categories = new Map([["GROCERIES", { subs: new Map([["SUPERMARKET", "Butikk"]]) }]]);

describe("parseKroner", () => {
  it("reads Norwegian and plain amounts into øre", () => {
    expect(parseKroner("3 500")).toEqual({ ore: 350_000 });
    expect(parseKroner("3500,5")).toEqual({ ore: 350_050 });
    expect(parseKroner("3500.55 kr")).toEqual({ ore: 350_055 });
    expect(parseKroner("999999999999")).toEqual({ ore: 99_999_999_999_900 });
  });
  it("names what is wrong", () => {
    expect(parseKroner("")).toEqual({ error: "amount_required" });
    expect(parseKroner("-100")).toEqual({ error: "amount_negative" });
    expect(parseKroner("−100")).toEqual({ error: "amount_negative" });
    expect(parseKroner("tre tusen")).toEqual({ error: "amount_not_number" });
    expect(parseKroner("1e5")).toEqual({ error: "amount_not_number" });
    expect(parseKroner("12,345")).toEqual({ error: "amount_not_number" });
    expect(parseKroner("1234567890123")).toEqual({ error: "amount_too_long" });
  });
});

describe("parseBudgetInput", () => {
  it("accepts a known category or sub-category", () => {
    expect(parseBudgetInput({ category: "GROCERIES", amount: "4000", rollover: "on" }, categories)).toEqual({ ok: true, plan: { category: "GROCERIES", sub: null, amount: 400_000, rollover: true } });
    expect(parseBudgetInput({ category: "GROCERIES", sub: "SUPERMARKET", amount: "0" }, categories)).toMatchObject({ ok: true, plan: { sub: "SUPERMARKET", amount: 0, rollover: false } });
  });
  it("refuses per field and accepts nothing then", () => {
    expect(parseBudgetInput({ category: "NOPE", amount: "-5" }, categories)).toEqual({ ok: false, errors: { category: "category_unknown", amount: "amount_negative" } });
    expect(parseBudgetInput({ category: "GROCERIES", sub: "X", amount: "5" }, categories)).toEqual({ ok: false, errors: { sub: "sub_unknown" } });
    expect(parseBudgetInput({ category: ["GROCERIES"], amount: "5" }, categories)).toMatchObject({ ok: false });
  });
});
