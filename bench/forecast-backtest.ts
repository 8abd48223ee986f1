// Backtest of the 30-day balance forecast over the sandbox's generated three years: for every day N
// of the last two years, forecast the total balance of day N+30 from the rows up to N, and compare
// the mean absolute error with two naive forecasts measured in the same run (the balance stays flat;
// the last 30 days repeat). Errors are shown as a share of the person's mean monthly spending.
// Target: at least 30 % lower error than the better naive forecast.
// Run: npx tsx bench/forecast-backtest.ts
import { addDays } from "../lib/dates/oslo-date";
import { dailyNetOf } from "../lib/forecast/daily-net";
import { forecastBalances } from "../lib/forecast/forecast-balances";
import { detectSeries } from "../lib/recurring/detect-series";
import type { RecurringRow } from "../lib/recurring/types";
import { generateLedger, osloDateOf } from "../sandbox/data";
import { sandboxRecurringRows } from "../test-support/sandbox-recurring-rows";

const SEED = 1;
const NOW = Date.UTC(2026, 10, 30, 10, 0);
const HORIZON = 30;
const DAYS = 730;
const TARGET_REDUCTION = 0.3;

interface Result {
  person: string;
  forecasts: number;
  monthlySpending: number;
  forecast: number;
  flat: number;
  repeat: number;
  bandCoverage: number;
  msPerForecast: number;
}

function backtest(person: string): Result {
  const ledger = generateLedger(SEED, person, NOW);
  const today = osloDateOf(NOW);
  const nok = ledger.accounts.filter((account) => account.currencyCode === "NOK");
  const nokIds = new Set(nok.map((account) => account.accountNumber));
  const rows = sandboxRecurringRows(ledger).filter((row) => nokIds.has(row.accountId));
  const first = rows[0]?.bookingDate ?? today;
  // Balances at the end of each day, per account, from the opening balances and the rows.
  const running = new Map(nok.map((account) => [account.accountNumber, account.openingBalanceOre]));
  const balanceAt = new Map<string, Map<string, number>>();
  const totalAt = new Map<string, number>();
  let index = 0;
  for (let day = first; day <= today; day = addDays(day, 1)) {
    while (index < rows.length && (rows[index] as RecurringRow).bookingDate === day) {
      const row = rows[index] as RecurringRow;
      running.set(row.accountId, (running.get(row.accountId) ?? 0) + row.amount);
      index++;
    }
    balanceAt.set(day, new Map(running));
    totalAt.set(day, [...running.values()].reduce((sum, value) => sum + value, 0));
  }
  const months = new Map<string, number>();
  for (const row of rows) if (row.amount < 0 && !row.isOwnTransfer) months.set(row.bookingDate.slice(0, 7), (months.get(row.bookingDate.slice(0, 7)) ?? 0) - row.amount);
  const fullMonths = [...months.entries()].filter(([month]) => month < today.slice(0, 7)).map(([, total]) => total);
  const monthlySpending = fullMonths.reduce((sum, total) => sum + total, 0) / fullMonths.length;

  let forecastError = 0;
  let flatError = 0;
  let repeatError = 0;
  let covered = 0;
  let count = 0;
  let elapsed = 0;
  const lastN = addDays(today, -HORIZON);
  let cut = 0;
  for (let n = addDays(lastN, -(DAYS - 1)); n <= lastN; n = addDays(n, 1)) {
    while (cut < rows.length && (rows[cut] as RecurringRow).bookingDate <= n) cut++;
    const history = rows.slice(0, cut);
    const balances = balanceAt.get(n) ?? new Map<string, number>();
    const actual = totalAt.get(addDays(n, HORIZON)) ?? 0;
    const now = totalAt.get(n) ?? 0;
    const monthAgo = totalAt.get(addDays(n, -HORIZON)) ?? now;
    const started = performance.now();
    const series = detectSeries(history, n);
    const forecast = forecastBalances({
      rows: history,
      dailyNet: dailyNetOf(history),
      series,
      accounts: nok.map((account) => ({ id: account.accountNumber, balance: balances.get(account.accountNumber) ?? 0, currencyCode: "NOK", creditLimit: account.creditLimitOre ?? 0 })),
      today: n,
      days: HORIZON,
    });
    elapsed += performance.now() - started;
    const end = forecast.total.at(-1);
    if (!end) continue;
    forecastError += Math.abs(end.balance - actual);
    flatError += Math.abs(now - actual);
    repeatError += Math.abs(now + (now - monthAgo) - actual);
    if (actual >= end.low && actual <= end.high) covered++;
    count++;
  }
  return {
    person,
    forecasts: count,
    monthlySpending,
    forecast: forecastError / count,
    flat: flatError / count,
    repeat: repeatError / count,
    bandCoverage: covered / count,
    msPerForecast: elapsed / count,
  };
}

const kr = (ore: number) => `${Math.round(ore / 100).toLocaleString("nb-NO")} kr`;
const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
let worst = 0;
for (const person of ["kari", "ola"]) {
  const result = backtest(person);
  const betterNaive = Math.min(result.flat, result.repeat);
  const ratio = result.forecast / betterNaive;
  worst = Math.max(worst, ratio);
  console.log(`${person}: ${result.forecasts} forecasts of day N+${HORIZON}, mean monthly spending ${kr(result.monthlySpending)}`);
  console.log(`  forecast        MAE ${kr(result.forecast).padStart(10)}  ${pct(result.forecast / result.monthlySpending)} of monthly spending`);
  console.log(`  naive flat      MAE ${kr(result.flat).padStart(10)}  ${pct(result.flat / result.monthlySpending)}`);
  console.log(`  naive repeat-30 MAE ${kr(result.repeat).padStart(10)}  ${pct(result.repeat / result.monthlySpending)}`);
  console.log(`  ratio to the better naive: ${ratio.toFixed(3)} (${pct(1 - ratio)} lower; target ≥ ${pct(TARGET_REDUCTION)})`);
  console.log(`  80 % band held the actual balance on ${pct(result.bandCoverage)} of days; ${result.msPerForecast.toFixed(1)} ms per detection + forecast`);
}
console.log(worst <= 1 - TARGET_REDUCTION ? `PASS: worst ratio ${worst.toFixed(3)}` : `FAIL: worst ratio ${worst.toFixed(3)} > ${(1 - TARGET_REDUCTION).toFixed(2)}`);
