// Cost of computing every dashboard chart series in one pass, relative to the cheapest possible pass
// over the same rows (a loop summing `amount`). Target: series ≤ 3× baseline.
// Run: npx tsx bench/chart-series.ts
import { addDays } from "../lib/dates/oslo-date";
import { computeDashboardSeries, type DashboardSeriesInput } from "../lib/insights/compute-dashboard-series";
import { syntheticDataset } from "../lib/insights/synthetic-dataset";
import type { InsightRow } from "../lib/insights/types";

const ROWS = 100_000;
const WARMUP = 10;
const REPEATS = 60;
const TARGET_RATIO = 3;
const TODAY = "2026-03-15";
const FIRST_DAY = addDays(TODAY, -3 * 365 + 1);

const generated = syntheticDataset({ seed: 20_260_315, rows: ROWS, from: FIRST_DAY, to: TODAY, accounts: 5, snapshotsPerAccount: 150 });
// A JSON round trip gives every row freshly allocated strings laid out in row order, as rows read
// from the database have. Date order is what a bookingDate index scan returns; the generator's
// random order is kept as a third scenario because it costs branch mispredictions and cache misses.
const shuffled: typeof generated = JSON.parse(JSON.stringify(generated));
generated.rows.sort((a, b) => (a.bookingDate < b.bookingDate ? -1 : a.bookingDate > b.bookingDate ? 1 : 0));
const data: typeof generated = JSON.parse(JSON.stringify(generated));

let sink = 0;

function baseline(rows: readonly InsightRow[]): number {
  let sum = 0;
  for (let i = 0; i < rows.length; i++) sum += rows[i]!.amount;
  return sum;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function measure(input: DashboardSeriesInput) {
  const runBaseline = () => {
    sink += baseline(input.rows);
  };
  const runSeries = () => {
    sink += computeDashboardSeries(input).balance.length;
  };
  for (let i = 0; i < WARMUP; i++) {
    runBaseline();
    runSeries();
  }
  const baselineMs: number[] = [];
  const seriesMs: number[] = [];
  // Interleaved so drift in machine load hits both sides alike.
  for (let i = 0; i < REPEATS; i++) {
    baselineMs.push(timed(runBaseline));
    seriesMs.push(timed(runSeries));
  }
  const baselineMedian = median(baselineMs);
  const seriesMedian = median(seriesMs);
  return { baselineMs: baselineMedian, seriesMs: seriesMedian, ratio: seriesMedian / baselineMedian };
}

const scenarios = {
  // What the dashboard asks for: this month, 12 months of cash flow, a year of balance and merchants.
  dashboard: { data, from: addDays(TODAY, -364) },
  // Balance and merchants over all three years, so every row reaches every accumulator.
  fullRange: { data, from: FIRST_DAY },
  shuffled: { data: shuffled, from: addDays(TODAY, -364) },
};

const results: Record<string, ReturnType<typeof measure>> = {};
for (const [name, scenario] of Object.entries(scenarios)) {
  results[name] = measure({ ...scenario.data, today: TODAY, month: TODAY.slice(0, 7), from: scenario.from, to: TODAY });
}

console.log(`chart series over ${ROWS.toLocaleString("en")} rows, ${FIRST_DAY}..${TODAY}, 5 accounts (median of ${REPEATS} after ${WARMUP} warm-ups)`);
for (const [name, result] of Object.entries(results)) {
  const verdict = result.ratio <= TARGET_RATIO ? "meets" : "MISSES";
  console.log(
    `  ${name.padEnd(10)} baseline ${result.baselineMs.toFixed(3)} ms  series ${result.seriesMs.toFixed(3)} ms  ratio ${result.ratio.toFixed(2)}×  ${verdict} target ≤ ${TARGET_RATIO}×`,
  );
}
if (sink === Number.MIN_SAFE_INTEGER) console.log("unreachable");

const { dashboard, fullRange, shuffled: shuffledResult } = results as Record<keyof typeof scenarios, ReturnType<typeof measure>>;
console.log(
  JSON.stringify({
    bench: "chart-series",
    rows: ROWS,
    baselineMs: round(dashboard.baselineMs),
    seriesMs: round(dashboard.seriesMs),
    ratio: round(dashboard.ratio),
    target: TARGET_RATIO,
    meetsTarget: dashboard.ratio <= TARGET_RATIO,
    fullRange: { baselineMs: round(fullRange.baselineMs), seriesMs: round(fullRange.seriesMs), ratio: round(fullRange.ratio) },
    shuffled: { baselineMs: round(shuffledResult.baselineMs), seriesMs: round(shuffledResult.seriesMs), ratio: round(shuffledResult.ratio) },
  }),
);

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
