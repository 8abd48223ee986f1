import { describe, expect, it } from "vitest";
import { DEFAULT_ALERT_SETTINGS, alertSettingsSchema, readAlertSettings } from "./alert-settings";
import { alertText } from "./alert-text";
import { evaluateAlerts, type AlertInputs } from "./evaluate-alerts";
import { MESSAGES } from "../i18n/messages";
import { addDays } from "../dates/oslo-date";

const base = (overrides: Partial<AlertInputs> = {}): AlertInputs => ({
  settings: DEFAULT_ALERT_SETTINGS,
  today: "2026-11-30",
  now: new Date("2026-11-30T12:00:00Z"),
  accounts: [],
  recentRows: [],
  budgets: [],
  categorySpending: [],
  series: [],
  login: { expiresAt: null, daysLeft: null },
  sync: { lastSuccessAt: new Date("2026-11-30T11:00:00Z"), lastRunFailed: false },
  ...overrides,
});

const account = (balance: number, days: { date: string; balance: number }[], extra: Partial<AlertInputs["accounts"][number]> = {}) => ({ id: "a1", name: "Brukskonto", currencyCode: "NOK", balance, creditLimit: null, days, ...extra });

describe("evaluateAlerts", () => {
  it("low balance: one alert per stretch below the limit, keyed by the day the stretch began", () => {
    const days = [
      { date: "2026-11-27", balance: 200_000 },
      { date: "2026-11-28", balance: 90_000 },
      { date: "2026-11-29", balance: 50_000 },
      { date: "2026-11-30", balance: 40_000 },
    ];
    const [alert, ...rest] = evaluateAlerts(base({ accounts: [account(40_000, days)] }));
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({ kind: "low_balance", key: "low_balance:a1:2026-11-28", link: "/accounts/a1" });
    expect(evaluateAlerts(base({ accounts: [account(100_000, days)] }))).toEqual([]);
    // Per-account limit, and off for one account.
    const settings = alertSettingsSchema.parse({ lowBalance: { accounts: { a1: 30_000 } } });
    expect(evaluateAlerts(base({ settings, accounts: [account(40_000, days)] }))).toEqual([]);
    const off = alertSettingsSchema.parse({ lowBalance: { accounts: { a1: null } } });
    expect(evaluateAlerts(base({ settings: off, accounts: [account(0, days)] }))).toEqual([]);
    // A credit card counts its unused credit.
    expect(evaluateAlerts(base({ accounts: [account(-1_000_000, [], { creditLimit: 1_500_000 })] }))).toEqual([]);
    expect(evaluateAlerts(base({ accounts: [account(-1_450_000, [], { creditLimit: 1_500_000 })] }))).toHaveLength(1);
  });

  it("low balance: a stretch longer than the days read keeps the key its first alert had, day after day", () => {
    // Sixty days read, all below the limit: the stretch began before them.
    const window = (today: string) => Array.from({ length: 61 }, (_, offset) => ({ date: addDays(today, offset - 60), balance: 5_000 }));
    const keys: string[] = [];
    let lowSince: string | null = null;
    for (const today of ["2026-11-28", "2026-11-29", "2026-11-30"]) {
      const [alert] = evaluateAlerts(base({ today, accounts: [{ ...account(5_000, window(today)), lowSince }] }));
      keys.push(alert!.key);
      lowSince = alert!.key.split(":")[2]!;
    }
    expect(keys).toEqual(["low_balance:a1:2026-09-29", "low_balance:a1:2026-09-29", "low_balance:a1:2026-09-29"]);
    // An account without daily balances keeps its key too.
    expect(evaluateAlerts(base({ accounts: [{ ...account(5_000, []), lowSince: "2026-11-02" }] }))[0]!.key).toBe("low_balance:a1:2026-11-02");
    // A stretch that began inside the days read is keyed by its own first day, whatever an older alert named.
    const recent = [{ date: "2026-11-28", balance: 200_000 }, { date: "2026-11-29", balance: 5_000 }, { date: "2026-11-30", balance: 5_000 }];
    expect(evaluateAlerts(base({ accounts: [{ ...account(5_000, recent), lowSince: "2026-10-01" }] }))[0]!.key).toBe("low_balance:a1:2026-11-29");
  });

  it("large transaction: money out over the limit, not own transfers, one per row", () => {
    const row = { id: "t1", bookingDate: "2026-11-30", amount: -600_000, description: "ELKJØP", accountName: "Brukskonto", isOwnTransfer: false };
    expect(evaluateAlerts(base({ recentRows: [row, { ...row, id: "t2", isOwnTransfer: true }, { ...row, id: "t3", amount: -400_000 }, { ...row, id: "t4", amount: 900_000 }] })).map((alert) => alert.key)).toEqual([
      "large_transaction:t1",
    ]);
    // The link names the day, not the purchase's text: it travels in push and webhook payloads.
    expect(evaluateAlerts(base({ recentRows: [row] }))[0]!.link).toBe("/transactions?from=2026-11-30&to=2026-11-30");
  });

  it("budgets at 80 % and 100 %, each once per month", () => {
    const line = { category: "GROCERIES", sub: null, label: "Dagligvarer", budget: 100_000, month: "2026-11" };
    expect(evaluateAlerts(base({ budgets: [{ ...line, spent: 79_999 }] }))).toEqual([]);
    expect(evaluateAlerts(base({ budgets: [{ ...line, spent: 80_000 }] })).map((alert) => alert.key)).toEqual(["budget_80:GROCERIES:2026-11"]);
    expect(evaluateAlerts(base({ budgets: [{ ...line, spent: 100_000 }] })).map((alert) => alert.key)).toEqual(["budget_100:GROCERIES:2026-11"]);
  });

  it("unusual spending: well above the usual month, with a floor", () => {
    const item = { category: "SHOPPING", label: "Klær", month: "2026-11" };
    expect(evaluateAlerts(base({ categorySpending: [{ ...item, spent: 300_000, usual: 100_000 }] })).map((alert) => alert.kind)).toEqual(["unusual_spending"]);
    expect(evaluateAlerts(base({ categorySpending: [{ ...item, spent: 140_000, usual: 100_000 }] }))).toEqual([]);
    expect(evaluateAlerts(base({ categorySpending: [{ ...item, spent: 40_000, usual: 10_000 }] }))).toEqual([]);
  });

  it("series: new, price rise and missed, each keyed by its event", () => {
    const alerts = evaluateAlerts(base({ series: [{ key: "s1", name: "Netflix", flags: { new: true, priceRise: { from: 12_900, to: 14_900, since: "2026-11-05" }, missed: { expected: "2026-11-20" } } }] }));
    expect(alerts.map((alert) => alert.key)).toEqual(["new_subscription:s1", "price_rise:s1:2026-11-05", "recurring_missed:s1:2026-11-20"]);
  });

  it("login expiring at 14, 7 and 1 days, once each", () => {
    const expiresAt = new Date("2026-12-10T00:00:00Z");
    expect(evaluateAlerts(base({ login: { expiresAt, daysLeft: 15 } }))).toEqual([]);
    expect(evaluateAlerts(base({ login: { expiresAt, daysLeft: 14 } })).map((alert) => alert.key)).toEqual(["login_expiring:2026-12-10:14"]);
    expect(evaluateAlerts(base({ login: { expiresAt, daysLeft: 10 } })).map((alert) => alert.key)).toEqual(["login_expiring:2026-12-10:14"]);
    expect(evaluateAlerts(base({ login: { expiresAt, daysLeft: 7 } })).map((alert) => alert.key)).toEqual(["login_expiring:2026-12-10:7"]);
    expect(evaluateAlerts(base({ login: { expiresAt, daysLeft: 0 } })).map((alert) => alert.key)).toEqual(["login_expiring:2026-12-10:1"]);
  });

  it("sync failing for more than 24 hours", () => {
    const lastSuccessAt = new Date("2026-11-29T11:00:00Z");
    expect(evaluateAlerts(base({ sync: { lastSuccessAt, lastRunFailed: true } })).map((alert) => alert.kind)).toEqual(["sync_failing"]);
    expect(evaluateAlerts(base({ sync: { lastSuccessAt: new Date("2026-11-29T13:00:00Z"), lastRunFailed: true } }))).toEqual([]);
    expect(evaluateAlerts(base({ sync: { lastSuccessAt, lastRunFailed: false } }))).toEqual([]);
  });

  it("turned-off kinds stay quiet", () => {
    const settings = alertSettingsSchema.parse({ lowBalance: { enabled: false }, budget: { enabled: false } });
    expect(evaluateAlerts(base({ settings, accounts: [account(0, [])], budgets: [{ category: "X", sub: null, label: "X", budget: 1, spent: 5, month: "2026-11" }] }))).toEqual([]);
  });
});

describe("alert settings and text", () => {
  it("reads stored settings leniently and falls back to the defaults", () => {
    expect(readAlertSettings("{not json")).toEqual(DEFAULT_ALERT_SETTINGS);
    expect(readAlertSettings(JSON.stringify({ largeTransaction: { threshold: 1 } })).largeTransaction).toEqual({ enabled: true, threshold: 1 });
  });

  it("keeps amounts out of notifications that leave the app unless details are on", () => {
    const params = { account: "Brukskonto", balance: 40_000, threshold: 100_000, currency: "NOK" };
    const plain = alertText("low_balance", params, MESSAGES.en.alerts, "en-GB", { details: false });
    expect(plain).toEqual({ title: "Low balance on Brukskonto", body: "" });
    const detailed = alertText("low_balance", params, MESSAGES.nb.alerts, "nb-NO", { details: true });
    expect(detailed.body.replace(/\s/g, " ")).toBe("Saldo 400,00 kr, under grensen på 1 000,00 kr.");
  });
});
