import { describe, expect, it } from "vitest";
import { addDays } from "../dates/oslo-date";
import { detectSeries } from "./detect-series";
import type { RecurringRow } from "./types";

let counter = 0;
function row(bookingDate: string, amount: number, extra: Partial<RecurringRow> = {}): RecurringRow {
  counter++;
  return {
    id: `r${counter}`, accountId: "acc", bookingDate, amount, status: "BOOKED", description: "NETFLIX.COM", merchantName: "Netflix",
    remoteAccountNumber: null, remoteAccountName: null, categoryMain: "SUBSCRIPTIONS", isOwnTransfer: false, recurring: true, subscription: true, ...extra,
  };
}

const monthly = (day: string, count: number, amountAt: (index: number) => number, extra: Partial<RecurringRow> = {}) =>
  Array.from({ length: count }, (_, index) => {
    const month = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1 + index, Number(day.slice(8, 10))));
    return row(month.toISOString().slice(0, 10), amountAt(index), extra);
  });

describe("detectSeries", () => {
  it("gives the same answer however the rows were read: equal series on two accounts come out in key order", () => {
    const rows = [...monthly("2026-01-01", 6, () => 2_500_000, { accountId: "b" }), ...monthly("2026-01-01", 6, () => 2_500_000, { accountId: "a" })];
    const forward = detectSeries(rows, "2026-06-20");
    expect(forward.map((series) => series.accountId)).toEqual(["a", "b"]);
    expect(detectSeries([...rows].reverse(), "2026-06-20")).toEqual(forward);
  });

  it("finds a monthly subscription, its price rise (old, new, when, per year) and the next charge", () => {
    const rows = monthly("2026-01-03", 11, (index) => (index < 8 ? -12_900 : -14_900));
    const [series] = detectSeries(rows, "2026-11-20");
    expect(series).toMatchObject({ cadence: "monthly", group: "subscription", amount: 14_900, monthlyCost: 14_900, yearlyCost: 178_800, nextDate: "2026-12-03", missed: false, ended: false });
    expect(series?.priceRise).toEqual({ date: "2026-09-03", oldAmount: 12_900, newAmount: 14_900, perYear: 24_000 });
    expect(series?.priceHistory).toEqual([{ from: "2026-01-03", amount: 12_900 }, { from: "2026-09-03", amount: 14_900 }]);
  });

  it("finds weekly, quarterly and yearly cadences", () => {
    const weekly = Array.from({ length: 6 }, (_, index) => row(addDays("2026-10-03", 7 * index), -6_000, { merchantName: "Norsk Tipping", description: "NORSK TIPPING AS" }));
    const quarterly = ["2026-01-05", "2026-04-05", "2026-07-05", "2026-10-05"].map((day) => row(day, -129_000, { merchantName: null, remoteAccountNumber: "81010233456", remoteAccountName: "Tekna", subscription: false, categoryMain: null }));
    const yearly = ["2025-02-15", "2026-02-15"].map((day) => row(day, -79_500, { merchantName: "DNT", description: "DNT" }));
    const found = detectSeries([...weekly, ...quarterly, ...yearly], "2026-11-10");
    expect(Object.fromEntries(found.map((series) => [series.name, series.cadence]))).toEqual({ "Norsk Tipping": "weekly", Tekna: "quarterly", DNT: "yearly" });
    expect(found.find((series) => series.name === "Tekna")).toMatchObject({ group: "bill", monthlyCost: 43_000, nextDate: "2027-01-05" });
    expect(found.find((series) => series.name === "Norsk Tipping")?.monthlyCost).toBe(26_000);
  });

  it("marks a series missed after its grace period and ended after two missed charges", () => {
    const rows = monthly("2026-01-07", 6, () => -14_900);
    expect(detectSeries(rows, "2026-07-10")[0]).toMatchObject({ missed: false, ended: false });
    expect(detectSeries(rows, "2026-07-20")[0]).toMatchObject({ missed: true, ended: false });
    expect(detectSeries(rows, "2026-08-20")[0]).toMatchObject({ missed: false, ended: true, monthlyCost: 0 });
  });

  it("lists a subscription the bank flags, first charged this month, as new", () => {
    const [series] = detectSeries([row("2026-11-04", -9_900, { merchantName: "Disney+", description: "DISNEY PLUS" })], "2026-11-20");
    expect(series).toMatchObject({ name: "Disney+", isNew: true, cadence: "monthly", nextDate: "2026-12-04" });
    expect(detectSeries([row("2026-10-04", -9_900, { merchantName: "Disney+" })], "2026-11-20")).toEqual([]);
  });

  it("keeps one payee together through the bank's text drift, and the same key", () => {
    const texts = ["SPOTIFY P2F3A8C1", "SPOTIFY P2F3A8C1 OSLO", "VISA VARE 123456 SPOTIFY P2F3A8C1", "SPOTIFY P2F3A8C1 14.04"];
    const rows = texts.map((description, index) => row(`2026-0${index + 1}-14`, -13_900, { description, merchantName: index === 1 ? null : "Spotify" }));
    const found = detectSeries(rows, "2026-04-20");
    expect(found).toHaveLength(1);
    expect(found[0]?.key).toBe("acc|out|m:spotify");
  });

  it("leaves irregular spending and changing amounts out, keeps flagged monthly bills of varying size", () => {
    const groceries = [1, 2, 5, 6, 9, 13, 14, 20, 21, 27].map((day) => row(`2026-10-${String(day).padStart(2, "0")}`, -45_000, { merchantName: "Kiwi", description: "KIWI 505 STORO", recurring: false, subscription: false }));
    const electricity = monthly("2026-01-10", 10, (index) => -(40_000 + ((index * 97_000) % 200_000)), { merchantName: null, remoteAccountNumber: "15060412399", remoteAccountName: "Tibber", subscription: false, categoryMain: "HOUSING" });
    const found = detectSeries([...groceries, ...electricity], "2026-11-01");
    expect(found.map((series) => series.name)).toEqual(["Tibber"]);
    expect(found[0]).toMatchObject({ variableAmount: true, group: "bill", priceRises: [] });
  });

  it("detects own-account transfers as series marked ownTransfer, and income as its own group", () => {
    const transfers = monthly("2026-01-25", 6, () => -500_000, { merchantName: "Sparekonto", remoteAccountNumber: "42120000001", isOwnTransfer: true, subscription: false });
    const salary = ["2026-07-24", "2026-08-25", "2026-09-25", "2026-10-23"].map((day) => row(day, 5_000_000, { merchantName: null, remoteAccountNumber: "15032244870", remoteAccountName: "Nordlys", subscription: false }));
    const found = detectSeries([...transfers, ...salary], "2026-11-01");
    expect(found.find((series) => series.ownTransfer)?.direction).toBe("out");
    expect(found.find((series) => series.name === "Nordlys")).toMatchObject({ group: "income", direction: "in", nextDate: "2026-11-25" });
  });
});
