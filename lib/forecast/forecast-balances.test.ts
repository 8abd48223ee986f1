import { describe, expect, it } from "vitest";
import { addDays } from "../dates/oslo-date";
import { detectSeries } from "../recurring/detect-series";
import type { RecurringRow } from "../recurring/types";
import { dailyNetOf } from "./daily-net";
import { forecastBalances } from "./forecast-balances";

let counter = 0;
function row(accountId: string, bookingDate: string, amount: number, extra: Partial<RecurringRow> = {}): RecurringRow {
  counter++;
  return {
    id: `f${counter}`, accountId, bookingDate, amount, status: "BOOKED", description: "KIWI", merchantName: "Kiwi", remoteAccountNumber: null,
    remoteAccountName: null, categoryMain: null, isOwnTransfer: false, recurring: false, subscription: false, ...extra,
  };
}

const TODAY = "2026-11-30";
const salary = ["2026-07-24", "2026-08-25", "2026-09-25", "2026-10-23", "2026-11-25"].map((day) =>
  row("checking", day, 4_000_000, { merchantName: null, remoteAccountNumber: "15032244870", remoteAccountName: "Arbeidsgiver", recurring: true }));
const rent = ["2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01"].map((day) =>
  row("checking", day, -1_500_000, { merchantName: null, remoteAccountNumber: "60050612345", remoteAccountName: "Utleier", recurring: true }));
// 100 kr every day for the last 91 days: the variable part.
const daily = Array.from({ length: 91 }, (_, index) => row("checking", addDays(TODAY, -index), -10_000));

describe("forecastBalances", () => {
  const rows = [...salary, ...rent, ...daily].sort((a, b) => (a.bookingDate < b.bookingDate ? -1 : 1));
  const series = detectSeries(rows, TODAY);
  const forecast = forecastBalances({ rows, dailyNet: dailyNetOf(rows), series, accounts: [{ id: "checking", balance: 2_000_000, currencyCode: "NOK", creditLimit: 0 }], today: TODAY });

  it("adds the expected series on their dates and the typical variable spending", () => {
    expect(forecast.total).toHaveLength(31);
    expect(forecast.total[0]).toEqual({ date: TODAY, balance: 2_000_000, low: 2_000_000, high: 2_000_000 });
    // Rent on 1 Dec, salary on Friday 25 Dec, 100 kr a day throughout.
    expect(forecast.events.map((event) => [event.date, event.amount])).toEqual([["2026-12-01", -1_500_000], ["2026-12-25", 4_000_000]]);
    expect(forecast.total.find((point) => point.date === "2026-12-01")?.balance).toBe(2_000_000 - 1_500_000 - 10_000);
    expect(forecast.total.at(-1)?.balance).toBe(2_000_000 - 1_500_000 + 4_000_000 - 30 * 10_000);
  });

  it("finds the lowest point before the next payday and warns only below zero", () => {
    expect(forecast.nextIncomeDate).toBe("2026-12-25");
    expect(forecast.lowestBeforeIncome).toEqual({ date: "2026-12-24", balance: 2_000_000 - 1_500_000 - 24 * 10_000 });
    expect(forecast.belowZeroBeforeIncome).toBe(false);
    const poor = forecastBalances({ rows, dailyNet: dailyNetOf(rows), series, accounts: [{ id: "checking", balance: 1_600_000, currencyCode: "NOK", creditLimit: 0 }], today: TODAY });
    expect(poor.belowZeroBeforeIncome).toBe(true);
    expect(poor.accounts[0]?.belowLimit).toBe(true);
    const withCredit = forecastBalances({ rows, dailyNet: dailyNetOf(rows), series, accounts: [{ id: "checking", balance: 1_600_000, currencyCode: "NOK", creditLimit: 1_000_000 }], today: TODAY });
    expect(withCredit.accounts[0]?.belowLimit).toBe(false);
  });

  it("leaves dismissed (absent) and ended series out, and other currencies out of the total", () => {
    const withoutRent = forecastBalances({ rows, dailyNet: dailyNetOf(rows), series: series.filter((candidate) => candidate.name !== "Utleier"), accounts: [{ id: "checking", balance: 2_000_000, currencyCode: "NOK", creditLimit: 0 }, { id: "eur", balance: 50_000, currencyCode: "EUR", creditLimit: 0 }], today: TODAY });
    expect(withoutRent.events.map((event) => event.name)).toEqual(["Arbeidsgiver"]);
    expect(withoutRent.total[0]?.balance).toBe(2_000_000);
    expect(withoutRent.accounts).toHaveLength(2);
  });

  it("starts from the balance after the pending rows, and does not expect a pending charge again", () => {
    // December's rent, paid a day early and still pending: the booked balance does not show it yet.
    const pendingRent = row("checking", TODAY, -1_500_000, { status: "PENDING", merchantName: null, remoteAccountNumber: "60050612345", remoteAccountName: "Utleier", recurring: true });
    const withPending = [...rows, pendingRent];
    const early = forecastBalances({
      rows: withPending,
      dailyNet: dailyNetOf(withPending),
      series: detectSeries(withPending, TODAY),
      accounts: [{ id: "checking", balance: 2_000_000, pending: -1_500_000 - 10_000, currencyCode: "NOK", creditLimit: 0 }, { id: "eur", balance: 50_000, pending: -5_000, currencyCode: "EUR", creditLimit: 0 }],
      today: TODAY,
    });
    expect(early.total[0]?.balance).toBe(2_000_000 - 1_510_000);
    expect(early.accounts.map((account) => account.points[0]?.balance)).toEqual([2_000_000 - 1_510_000, 45_000]);
    expect(early.events.map((event) => [event.date, event.name])).toEqual([["2026-12-25", "Arbeidsgiver"]]);
    expect(early.total.at(-1)?.balance).toBe(2_000_000 - 1_510_000 + 4_000_000 - 30 * 10_000);
  });

  it("takes a pending charge booked under other text as its series' due charge, so it is not counted twice", () => {
    // A subscription charged on the 3rd, and its December charge reserved early under the card's
    // own text (no merchant): detection cannot tell it is the series', but amount and date can.
    const netflix = ["2026-08-03", "2026-09-03", "2026-10-03", "2026-11-03"].map((day) => row("checking", day, -17_900, { description: "NETFLIX.COM", merchantName: "Netflix", subscription: true }));
    const reserved = row("checking", "2026-11-29", -17_900, { status: "PENDING", description: "VISA VARE 123456 NFLX DIGITAL", merchantName: null });
    // The same amount reserved long before the charge is due is some other purchase.
    const earlier = row("checking", "2026-11-20", -17_900, { status: "PENDING", description: "VISA VARE 654321 BOKHANDEL", merchantName: null });
    const all = [...rows, ...netflix, reserved, earlier].sort((a, b) => (a.bookingDate < b.bookingDate ? -1 : 1));
    const found = detectSeries(all, TODAY);
    expect(found.find((series) => series.name === "Netflix")?.occurrences.map((occurrence) => occurrence.id)).not.toContain(reserved.id);
    const ahead = forecastBalances({ rows: all, dailyNet: dailyNetOf(all), series: found, accounts: [{ id: "checking", balance: 2_000_000, pending: -2 * 17_900, currencyCode: "NOK", creditLimit: 0 }], today: TODAY, pendingFrom: addDays(TODAY, -45) });
    expect(ahead.events.map((event) => [event.date, event.name])).toEqual([["2026-12-01", "Utleier"], ["2026-12-25", "Arbeidsgiver"]]);
    // 3 Dec moves the balance by the variable spending alone, as 10 Dec (the same weekday) does.
    const step = (forecast: typeof ahead, date: string) => forecast.total.find((point) => point.date === date)!.balance - forecast.total.find((point) => point.date === addDays(date, -1))!.balance;
    expect(step(ahead, "2026-12-03")).toBe(step(ahead, "2026-12-10"));
    expect(ahead.total[0]?.balance).toBe(2_000_000 - 2 * 17_900);
    // A pending row older than the pending look-back is not in the balance after pending: it claims nothing.
    const stale = forecastBalances({ rows: all, dailyNet: dailyNetOf(all), series: found, accounts: [{ id: "checking", balance: 2_000_000, currencyCode: "NOK", creditLimit: 0 }], today: TODAY, pendingFrom: "2026-11-30" });
    expect(stale.events.map((event) => [event.date, event.name])).toEqual([["2026-12-01", "Utleier"], ["2026-12-03", "Netflix"], ["2026-12-25", "Arbeidsgiver"]]);
    expect(step(stale, "2026-12-03") - step(stale, "2026-12-10")).toBe(-17_900);
    // The claimed row is the series' charge, not variable spending: Sundays (it fell on one) move as
    // they do without it.
    const without = all.filter((candidate) => candidate.id !== reserved.id);
    const unreserved = forecastBalances({ rows: without, dailyNet: dailyNetOf(without), series: detectSeries(without, TODAY), accounts: [{ id: "checking", balance: 2_000_000, pending: -2 * 17_900, currencyCode: "NOK", creditLimit: 0 }], today: TODAY, pendingFrom: addDays(TODAY, -45) });
    expect(step(ahead, "2026-12-06")).toBe(step(unreserved, "2026-12-06"));
    expect(step(stale, "2026-12-06")).not.toBe(step(unreserved, "2026-12-06"));
  });

  it("expects nothing of the series a flagged hold forms on its own once it is taken for another series' charge", () => {
    const netflix = ["2026-08-03", "2026-09-03", "2026-10-03", "2026-11-03"].map((day) => row("checking", day, -17_900, { description: "NETFLIX.COM", merchantName: "Netflix", subscription: true }));
    const flagged = row("checking", "2026-11-29", -17_900, { status: "PENDING", description: "VISA VARE 333333 NFLX DIGITAL", merchantName: null, subscription: true });
    const all = [...rows, ...netflix, flagged].sort((a, b) => (a.bookingDate < b.bookingDate ? -1 : 1));
    const found = detectSeries(all, TODAY);
    expect(found.filter((series) => series.occurrences.some((occurrence) => occurrence.id === flagged.id))).toHaveLength(1);
    const ahead = forecastBalances({ rows: all, dailyNet: dailyNetOf(all), series: found, accounts: [{ id: "checking", balance: 2_000_000, pending: -17_900, currencyCode: "NOK", creditLimit: 0 }], today: TODAY, pendingFrom: addDays(TODAY, -45) });
    expect(ahead.events.map((event) => [event.date, event.name])).toEqual([["2026-12-01", "Utleier"], ["2026-12-25", "Arbeidsgiver"]]);
    // The charge it took, as the Subscriptions page and the alerts lay it over the series.
    const netflixKey = found.find((series) => series.name === "Netflix")!.key;
    expect(ahead.reserved).toEqual([{ seriesKey: netflixKey, rowId: flagged.id, date: "2026-11-29", amount: 17_900 }]);
    // A dismissed Netflix takes no charge: the hold is a series of its own again.
    const dismissed = forecastBalances({ rows: all, dailyNet: dailyNetOf(all), series: found.filter((series) => series.key !== netflixKey), accounts: [{ id: "checking", balance: 2_000_000, pending: -17_900, currencyCode: "NOK", creditLimit: 0 }], today: TODAY, pendingFrom: addDays(TODAY, -45) });
    expect(dismissed.reserved).toEqual([]);
  });

  it("expects the next charge of a series counted as missed only because its charge is still pending", () => {
    // Due 3 Nov, so missed after the week's grace, but reserved on 2 Nov under the card's text.
    const netflix = ["2026-08-03", "2026-09-03", "2026-10-03"].map((day) => row("checking", day, -17_900, { description: "NETFLIX.COM", merchantName: "Netflix", subscription: true }));
    const held = row("checking", "2026-11-02", -17_900, { status: "PENDING", description: "VISA VARE 444444 NFLX DIGITAL", merchantName: null });
    const all = [...rows, ...netflix, held].sort((a, b) => (a.bookingDate < b.bookingDate ? -1 : 1));
    const found = detectSeries(all, TODAY);
    expect(found.find((series) => series.name === "Netflix")?.missed).toBe(true);
    const ahead = forecastBalances({ rows: all, dailyNet: dailyNetOf(all), series: found, accounts: [{ id: "checking", balance: 2_000_000, pending: -17_900, currencyCode: "NOK", creditLimit: 0 }], today: TODAY, pendingFrom: addDays(TODAY, -45) });
    expect(ahead.events.map((event) => [event.date, event.name])).toEqual([["2026-12-01", "Utleier"], ["2026-12-03", "Netflix"], ["2026-12-25", "Arbeidsgiver"]]);
    // Reserved after the grace period, it is some other purchase: the series stays missed.
    const late = all.map((candidate) => (candidate.id === held.id ? { ...candidate, bookingDate: "2026-11-12" } : candidate));
    const missed = forecastBalances({ rows: late, dailyNet: dailyNetOf(late), series: detectSeries(late, TODAY), accounts: [{ id: "checking", balance: 2_000_000, pending: -17_900, currencyCode: "NOK", creditLimit: 0 }], today: TODAY, pendingFrom: addDays(TODAY, -45) });
    expect(missed.reserved).toEqual([]);
    expect(missed.events.map((event) => event.name)).toEqual(["Utleier", "Arbeidsgiver"]);
  });

  it("drops only the claimed charge of a series due again within the 30 days", () => {
    const weekly = ["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"].map((day) => row("checking", day, -45_000, { description: "SFO BARNEHAGE", merchantName: "SFO" }));
    const reserved = row("checking", "2026-11-29", -45_000, { status: "PENDING", description: "VISA VARE 222222 KOMMUNE BETALING", merchantName: null });
    const all = [...rows, ...weekly, reserved].sort((a, b) => (a.bookingDate < b.bookingDate ? -1 : 1));
    const forecast = (pendingFrom?: string) =>
      forecastBalances({ rows: all, dailyNet: dailyNetOf(all), series: detectSeries(all, TODAY), accounts: [{ id: "checking", balance: 2_000_000, pending: -45_000, currencyCode: "NOK", creditLimit: 0 }], today: TODAY, ...(pendingFrom ? { pendingFrom } : {}) });
    const dates = (from: ReturnType<typeof forecast>) => from.events.filter((event) => event.name === "SFO").map((event) => event.date);
    expect(dates(forecast())).toEqual(["2026-12-01", "2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"]);
    expect(dates(forecast(addDays(TODAY, -45)))).toEqual(["2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"]);
  });

  it("has a band that is empty today and widens ahead", () => {
    const noisy = [...rows, row("checking", addDays(TODAY, -3), -300_000)];
    const banded = forecastBalances({ rows: noisy, dailyNet: dailyNetOf(noisy), series: detectSeries(noisy, TODAY), accounts: [{ id: "checking", balance: 2_000_000, currencyCode: "NOK", creditLimit: 0 }], today: TODAY });
    const widths = banded.total.map((point) => point.high - point.low);
    expect(widths[0]).toBe(0);
    expect(widths[30]).toBeGreaterThan(widths[5] ?? 0);
  });
});
