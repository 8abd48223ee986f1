// History size, round trips and memory on a production build (issue 10), in one run:
//  1. the uncached overview (the first after a write: it computes its figures) against a repeat view,
//     at 20k rows; the figures a view keeps per data version are what it computes then,
//  2. the uncached overview at 200k rows against the same at 20k (target ≤ 1.2×), on a second server
//     with its own store, both measured in turns,
//  3. database round trips of one overview (uncached, and repeated), one transactions page and
//     one sync, counted by wrapping the libSQL client in the server (bench/support/count-db-calls.mjs;
//     target ≤ 3 per page view),
//  4. the server's peak RSS while serving 50 uncached overviews and 50 transaction pages, against its
//     idle RSS after login (target ≤ 1.5×),
//  5. the first overview after a sync (POST /api/sync, which computes the overview's figures before it
//     answers) against a repeat view, at 20k rows (target ≤ 1.5×).
// The uncached overviews follow a write made by the bench itself, which renews the data version as
// a sync's write does but computes nothing: every uncached figure is computed by the view.
// Run: npm run build && npx tsx bench/history-size.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loginOverHttp, startSaldo } from "./support/saldo-server";
import { markDataChanged, seedTransactions } from "./support/seed-transactions";

const SMALL = Number(process.env.BENCH_ROWS ?? 20_000);
const LARGE = Number(process.env.BENCH_LARGE_ROWS ?? 200_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const WARM_UPS = Number(process.env.BENCH_WARM_UPS ?? 10);
// Syncs spend the bank's hourly budget (SALDO_RATE_BUDGET, set to its highest, 60, below): the login's
// about 4 calls, 2 a sync (3 warm-ups, the samples and one for the round trips) and a token refresh
// leave room for 15 samples.
const SYNC_SAMPLES = Math.min(SAMPLES, 15);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timeComplete(url: string, cookie: string, init: RequestInit = {}): Promise<number> {
  let started = performance.now();
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { cookie, ...(init.headers ?? {}) } });
  } catch {
    // A kept-alive socket the server closed while the bench was seeding: once more, on a new one.
    started = performance.now();
    response = await fetch(url, { ...init, headers: { cookie, ...(init.headers ?? {}) } });
  }
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  await response.arrayBuffer();
  return performance.now() - started;
}

const countDir = fs.mkdtempSync(path.join(os.tmpdir(), "saldo-bench-calls-"));
function countedCalls(): { pid: number; calls: number }[] {
  return fs.readdirSync(countDir).map((file) => JSON.parse(fs.readFileSync(path.join(countDir, file), "utf8")) as { pid: number; calls: number });
}
const totalCalls = () => countedCalls().reduce((sum, entry) => sum + entry.calls, 0);

/** Round trips of one request: the counters are written on the tick after each call, so wait for them to settle. */
async function roundTrips(run: () => Promise<unknown>): Promise<number> {
  await pause(300);
  const before = totalCalls();
  await run();
  await pause(300);
  return totalCalls() - before;
}

/** The process serving the port (`next start` may run the server in a child process). */
function listeningPid(port: string): number {
  const line = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  return Number(/pid=(\d+)/.exec(line)![1]);
}

function memory(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)![1]) / 1024;
  return { rss: field("VmRSS"), peak: field("VmHWM") };
}

const port = Number(process.env.BENCH_PORT ?? 3202);
const serverEnv = {
  SALDO_BACKFILL_DAYS: "0",
  SALDO_STALE_MINUTES: "1440",
  SALDO_RATE_BUDGET: "60",
  SALDO_BENCH_COUNT_DIR: countDir,
  ...(process.env.BENCH_NO_COUNT ? {} : { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${path.resolve(import.meta.dirname, "support", "count-db-calls.mjs")}`.trim() }),
};
// One server per history size, measured in turns: a figure taken minutes after the other (after the
// memory round and a 180k-row seed) drifted with the host's load, 0.96× in one run and 1.36× in another.
const [server, largeServer] = await Promise.all([startSaldo(port, serverEnv), startSaldo(port + 1, serverEnv)]);
const databaseFile = path.join(server.dataDir, "saldo.db");
const largeDatabaseFile = path.join(largeServer.dataDir, "saldo.db");
try {
  const [cookie, largeCookie] = await Promise.all([loginOverHttp(server.baseUrl), loginOverHttp(largeServer.baseUrl)]);
  await pause(500);
  const serverPid = listeningPid(new URL(server.baseUrl).port);
  const idle = memory(serverPid);

  // The same first SMALL rows in both stores (the seed is deterministic), LARGE in the second.
  const small = await seedTransactions(databaseFile, SMALL);
  const large = await seedTransactions(largeDatabaseFile, LARGE);
  const overview = () => timeComplete(`${server.baseUrl}/`, cookie);
  const largeOverview = () => timeComplete(`${largeServer.baseUrl}/`, largeCookie);
  const transactionsPage = () => timeComplete(`${server.baseUrl}/transactions`, cookie);
  const syncNow = (baseUrl: string, sessionCookie: string) =>
    timeComplete(`${baseUrl}/api/sync`, sessionCookie, { method: "POST", headers: { origin: baseUrl, "content-type": "application/json" } });
  // The bench's own write renews the data version as a sync's does, so the next overview computes its
  // figures (a sync would have computed them before it answered: measured last, below).
  const firstViewAfterWrite = async (file: string, view: () => Promise<number>) => {
    await markDataChanged(file);
    await pause(30);
    return view();
  };
  // Both servers warm up alike, on both paths: V8 optimises the code an uncached view runs
  // only after it has run it a few times, and the measured rounds below run it more often on the
  // small server than on the large one.
  for (let warm = 0; warm < WARM_UPS; warm += 1) {
    await firstViewAfterWrite(databaseFile, overview);
    await firstViewAfterWrite(largeDatabaseFile, largeOverview);
    await overview();
    await largeOverview();
  }
  // Each ratio from figures taken in turns, within a second of each other, so the host's drift goes
  // into both sides alike. First the uncached overview against a repeat view, on the small
  // store alone, so that nothing but the first view comes between two repeat views.
  const firstTimes: number[] = [];
  const repeat: number[] = [];
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    firstTimes.push(await firstViewAfterWrite(databaseFile, overview));
    await pause(30);
    repeat.push(await overview());
  }
  const firstSmallAlone = median(firstTimes);
  // Each figure is printed as soon as it is measured: a run cut short still tells what it saw.
  console.log(`overview at ${small} rows: repeat view ${median(repeat).toFixed(1)} ms, uncached (computing its figures) ${firstSmallAlone.toFixed(1)} ms → ${(firstSmallAlone / median(repeat)).toFixed(2)}×`);
  // Then the uncached overview at SMALL and at LARGE rows, one server after the other.
  const firstSmallTimes: number[] = [];
  const firstLargeTimes: number[] = [];
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    firstSmallTimes.push(await firstViewAfterWrite(databaseFile, overview));
    firstLargeTimes.push(await firstViewAfterWrite(largeDatabaseFile, largeOverview));
  }
  const firstSmall = median(firstSmallTimes);
  const firstLarge = median(firstLargeTimes);
  console.log(`uncached overview at ${large} rows ${firstLarge.toFixed(1)} ms vs ${small} rows ${firstSmall.toFixed(1)} ms → ${(firstLarge / firstSmall).toFixed(2)}× (target ≤ 1.2×)`);

  await markDataChanged(databaseFile);
  const tripsOverviewUncached = await roundTrips(overview);
  const tripsOverviewRepeat = await roundTrips(overview);
  await transactionsPage();
  const tripsTransactions = await roundTrips(transactionsPage);
  console.log(`round trips: uncached overview ${tripsOverviewUncached}, repeat overview ${tripsOverviewRepeat}, transactions page ${tripsTransactions} (target ≤ 3 per page view)`);

  // Memory: 50 uncached overviews and 50 transaction pages, sampled every 20 ms.
  let peakRss = memory(serverPid).rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, memory(serverPid).rss)), 20);
  for (let index = 0; index < 50; index += 1) {
    await markDataChanged(databaseFile);
    await overview();
    await transactionsPage();
  }
  clearInterval(sampler);
  const busy = memory(serverPid);
  await pause(3000);
  const after = memory(serverPid);
  console.log(`RSS: idle ${idle.rss.toFixed(0)} MB → peak ${peakRss.toFixed(0)} MB over 50 overviews + 50 transaction pages → ${(peakRss / idle.rss).toFixed(2)}× (target ≤ 1.5×); at the end ${busy.rss.toFixed(0)} MB, 3 s later ${after.rss.toFixed(0)} MB`);

  // The first overview after a real sync against a repeat view, in turns, on the small store. Each
  // sync spends two of the bank's calls (see SYNC_SAMPLES): 3 to warm up and SYNC_SAMPLES measured.
  // The first deletes the seeded rows of its window that the sandbox bank does not have.
  const syncSmall = () => syncNow(server.baseUrl, cookie);
  for (let warm = 0; warm < 3; warm += 1) {
    await syncSmall();
    await overview();
  }
  const afterSyncTimes: number[] = [];
  const repeatAfterSync: number[] = [];
  for (let sample = 0; sample < SYNC_SAMPLES; sample += 1) {
    await syncSmall();
    await pause(30);
    afterSyncTimes.push(await overview());
    await pause(30);
    repeatAfterSync.push(await overview());
  }
  const syncRatio = median(afterSyncTimes) / median(repeatAfterSync);
  console.log(`overview: repeat view ${median(repeatAfterSync).toFixed(1)} ms, first after a sync ${median(afterSyncTimes).toFixed(1)} ms → ${syncRatio.toFixed(2)}× (target ≤ 1.5×)`);
  await syncSmall();
  const tripsOverviewAfterSyncNow = await roundTrips(overview);
  // As many as a repeat view's: a figure the sync did not compute would add the series batch.
  console.log(`round trips: overview after a sync ${tripsOverviewAfterSyncNow} (target: a repeat view's, ${tripsOverviewRepeat})`);

  // Last, on the large store: a sync deletes the seeded rows of its window that the sandbox bank does not have.
  const tripsSync = await roundTrips(() => syncNow(largeServer.baseUrl, largeCookie));

  const uncachedRatio = firstSmallAlone / median(repeat);
  const sizeRatio = firstLarge / firstSmall;
  const rssRatio = peakRss / idle.rss;
  console.log(`round trips of one sync: ${tripsSync}; rows: ${small} and ${large}`);
  console.log(JSON.stringify({ bench: "history-size", small, large, repeatMs: median(repeat), firstSmallAloneMs: firstSmallAlone, firstSmallMs: firstSmall, firstLargeMs: firstLarge, uncachedRatio, sizeRatio, afterSyncMs: median(afterSyncTimes), repeatAfterSyncMs: median(repeatAfterSync), syncRatio, tripsOverviewUncached, tripsOverviewAfterSyncNow, tripsOverviewRepeat, tripsTransactions, tripsSync, idleRssMb: idle.rss, peakRssMb: peakRss, rssRatio }));
} finally {
  await Promise.all([server.stop(), largeServer.stop()]);
  fs.rmSync(countDir, { recursive: true, force: true });
}
