import { addDays } from "../dates/oslo-date";
import { expectedEvents } from "./expected-events";
import { reservedChargesOf, settleReservedCharges } from "../recurring/pending-claims";
import type { AccountForecast, ExpectedEvent, Forecast, ForecastAccount, ForecastInput, ForecastPoint, LowestPoint } from "./types";
import { variableNets, variableProfile, weekdayOf, type VariableProfile } from "./variable-spending";

/** z for an 80 % band: one day in ten below the low line, one in ten above the high. */
const BAND_Z = 1.2816;

function lowestUntil(points: readonly ForecastPoint[], until: string): LowestPoint {
  let lowest: LowestPoint = { date: points[0]?.date ?? "", balance: points[0]?.balance ?? 0 };
  for (const point of points) {
    if (point.date > until) break;
    if (point.balance < lowest.balance) lowest = { date: point.date, balance: point.balance };
  }
  return lowest;
}

function project(start: number, profile: VariableProfile | null, events: readonly ExpectedEvent[], dates: readonly string[]): ForecastPoint[] {
  const eventsByDate = new Map<string, number>();
  for (const event of events) eventsByDate.set(event.date, (eventsByDate.get(event.date) ?? 0) + event.amount);
  const points: ForecastPoint[] = [];
  let balance = start;
  dates.forEach((date, index) => {
    if (index > 0) balance += (eventsByDate.get(date) ?? 0) + (profile?.byWeekday[weekdayOf(date)] ?? 0);
    const spread = profile ? BAND_Z * profile.dailySpread * Math.sqrt(index) : 0;
    points.push({ date, balance: Math.round(balance), low: Math.round(balance - spread), high: Math.round(balance + spread) });
  });
  return points;
}

/** Where an account stands today: its booked balance after the rows still pending (a series' pending charge is its occurrence, so it is not expected again). */
const startOf = (account: ForecastAccount) => account.balance + (account.pending ?? 0);

/**
 * Today's balances carried `days` ahead: the expected series on their dates plus each account's
 * typical variable net by weekday, with an 80 % band that widens with the square root of the days.
 * The total leaves own transfers out (they move money, not make or spend it). Pure.
 */
export function forecastBalances(input: ForecastInput): Forecast {
  const days = input.days ?? 30;
  const lookback = input.lookbackDays ?? 91;
  const currency = input.currency ?? "NOK";
  const { today } = input;
  const until = addDays(today, days);
  const dates = Array.from({ length: days + 1 }, (_, index) => addDays(today, index));
  // A pending row that is a series' due charge is in the balance after pending: that charge is not
  // expected again, and a claimed hold that formed a series of its own expects nothing.
  const reserved = input.pendingFrom === undefined ? [] : reservedChargesOf(input.series, input.rows, input.pendingFrom);
  const active = settleReservedCharges(input.series, reserved).filter((series) => !series.ended && !series.missed);
  const reservedKeys = new Set(reserved.map((charge) => charge.seriesKey));
  const claimedIds = new Set(reserved.map((charge) => charge.rowId));
  const seriesRowIds = new Set([...input.series.flatMap((series) => series.occurrences.map((occurrence) => occurrence.id)), ...claimedIds]);
  const events = active
    .flatMap((series) => expectedEvents(series, today, until).slice(reservedKeys.has(series.key) ? 1 : 0))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const ownTransferKeys = new Set(input.series.filter((series) => series.ownTransfer).map((series) => series.key));
  const income = active.filter((series) => series.direction === "in" && !series.ownTransfer).sort((a, b) => b.amount - a.amount)[0];
  const nextIncomeDate = income ? (events.find((event) => event.seriesKey === income.key)?.date ?? null) : null;
  const horizon = nextIncomeDate ?? until;

  const accounts: AccountForecast[] = [];
  const totalAccounts = input.accounts.filter((account) => account.currencyCode === currency);
  const nets = variableNets(input.dailyNet, input.rows, seriesRowIds);
  const profiles = new Map<string, VariableProfile>();
  for (const account of input.accounts) {
    const profile = variableProfile(nets.get(account.id) ?? new Map(), today, lookback);
    profiles.set(account.id, profile);
    const points = project(startOf(account), profile, events.filter((event) => event.accountId === account.id), dates);
    const lowest = lowestUntil(points, horizon);
    accounts.push({ accountId: account.id, points, lowest, floor: -account.creditLimit, belowLimit: lowest.balance < -account.creditLimit });
  }

  const totalIds = new Set(totalAccounts.map((account) => account.id));
  const byWeekday = new Array<number>(7).fill(0);
  let variance = 0;
  for (const id of totalIds) {
    const profile = profiles.get(id);
    if (!profile) continue;
    profile.byWeekday.forEach((value, weekday) => (byWeekday[weekday] = (byWeekday[weekday] ?? 0) + value));
    variance += profile.dailySpread ** 2;
  }
  const totalEvents = events.filter((event) => totalIds.has(event.accountId) && !ownTransferKeys.has(event.seriesKey));
  const start = totalAccounts.reduce((sum, account) => sum + startOf(account), 0);
  const total = project(start, { byWeekday, dailySpread: Math.sqrt(variance) }, totalEvents, dates);
  const lowestBeforeIncome = lowestUntil(total, horizon);
  return { today, currency, total, accounts, events, reserved, nextIncomeDate, lowestBeforeIncome, belowZeroBeforeIncome: lowestBeforeIncome.balance < 0 };
}
