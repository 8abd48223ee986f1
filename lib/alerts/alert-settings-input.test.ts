import { describe, expect, it } from "vitest";
import { DEFAULT_ALERT_SETTINGS } from "./alert-settings";
import { parseAlertSettingsForm } from "./alert-settings-input";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
};
const valid = {
  "lowBalance.enabled": "on",
  "lowBalance.threshold": "1 000",
  "largeTransaction.threshold": "5000",
  "unusualSpending.factor": "1,5",
  "syncFailing.enabled": "on",
  "syncFailing.hours": "24",
  "lowBalance.account.a1": "on",
  "lowBalance.limit.a1": "250",
  details: "on",
};

describe("parseAlertSettingsForm", () => {
  it("reads every field, with per-account limits and switches", () => {
    const parsed = parseAlertSettingsForm(form(valid), ["a1", "a2"], "en");
    expect(parsed).toEqual({
      ok: true,
      settings: {
        ...DEFAULT_ALERT_SETTINGS,
        lowBalance: { enabled: true, threshold: 100_000, accounts: { a1: 25_000, a2: null } },
        largeTransaction: { enabled: false, threshold: 500_000 },
        unusualSpending: { enabled: false, factor: 1.5 },
        budget: { enabled: false },
        newSubscription: { enabled: false },
        priceRise: { enabled: false },
        recurringMissed: { enabled: false },
        loginExpiring: { enabled: false },
        syncFailing: { enabled: true, hours: 24 },
        details: true,
        locale: "en",
      },
    });
  });

  it("names every field that does not read, and saves nothing", () => {
    expect(parseAlertSettingsForm(form({ ...valid, "lowBalance.threshold": "-5", "unusualSpending.factor": "x", "syncFailing.hours": "0", "lowBalance.limit.a1": "abc" }), ["a1"], "nb")).toEqual({
      ok: false,
      fields: ["lowBalance.threshold", "unusualSpending.factor", "syncFailing.hours", "lowBalance.limit.a1"],
    });
  });
});
