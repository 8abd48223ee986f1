import { describe, expect, it } from "vitest";
import { describeRule, type RuleLabels } from "./describe-rule";

const labels: RuleLabels = {
  descriptionContains: "Description contains",
  descriptionMatches: "Description matches",
  merchantContains: "Merchant contains",
  merchantMatches: "Merchant matches",
  minAmount: "Amount from",
  maxAmount: "Amount to",
  account: "Account",
  direction: "Direction",
  moneyIn: "In",
  moneyOut: "Out",
  bankCategory: "Bank category",
  remoteAccount: "Counterparty",
  setCategory: "Set category",
  renameMerchant: "Rename merchant",
  markTransfer: "Transfer",
  exclude: "Exclude",
  addTag: "Tag",
  yes: "Yes",
  no: "No",
};

const names = { accounts: new Map([["acc1", "Brukskonto"]]), categories: new Map([["FOOD_AND_DRINK", "Mat og drikke"]]) };

describe("describeRule", () => {
  it("names every condition and action in the owner's words, in the editor's order", () => {
    const description = describeRule(
      {
        conditions: { merchantContains: "kiwi", minAmount: 123_450, maxAmount: 500_000, accountId: "acc1", direction: "out", bankCategory: "FOOD_AND_DRINK" },
        actions: { setCategory: { main: "GROCERIES", mainLabel: "Dagligvarer", sub: "STORE", subLabel: "Matbutikk" }, markTransfer: false, addTag: "jobb" },
      },
      labels,
      names,
      "nb-NO",
    );
    expect(description.when.map((clause) => `${clause.label}: ${clause.value}`)).toEqual([
      "Merchant contains: “kiwi”",
      "Amount from: 1\u00a0234,50\u00a0kr",
      "Amount to: 5\u00a0000,00\u00a0kr",
      "Account: Brukskonto",
      "Direction: Out",
      "Bank category: Mat og drikke",
    ]);
    expect(description.then.map((clause) => `${clause.label}: ${clause.value}`)).toEqual(["Set category: Dagligvarer › Matbutikk", "Transfer: No", "Tag: jobb"]);
  });

  it("keeps an unknown account or category by its code, so the rule still says what it matches", () => {
    const description = describeRule({ conditions: { accountId: "gone", bankCategory: "NEW_CODE" }, actions: { exclude: true } }, labels, names, "en-GB");
    expect(description.when.map((clause) => clause.value)).toEqual(["gone", "NEW_CODE"]);
    expect(description.then).toEqual([{ label: "Exclude", value: "Yes" }]);
  });
});
