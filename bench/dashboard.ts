// Dashboard speed on a production build with ~20k transactions in the store:
//  1. time to first byte of the overview against a static route of the same server, /robots.txt,
//     prerendered at build time (target ≤ 1.5×); a file from public/ is measured too, for reference,
//  2. the overview's client JavaScript, gzipped, as the browser downloads it (target ≤ 180 KB).
// Run: npm run build && npx tsx bench/dashboard.ts
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { loginOverHttp, startSaldo } from "./support/saldo-server";
import { markDataChanged, seedTransactions } from "./support/seed-transactions";

const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 60);

/** Time to the response head (status and headers, which Next.js sends with the first bytes of the shell), and to its end. */
async function timeResponse(url: string, cookie?: string): Promise<{ firstByte: number; complete: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  const firstByte = performance.now() - started;
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  await response.arrayBuffer();
  return { firstByte, complete: performance.now() - started };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const server = await startSaldo(Number(process.env.BENCH_PORT ?? 3211), { SALDO_BACKFILL_DAYS: "0", SALDO_STALE_MINUTES: "1440" });
try {
  const cookie = await loginOverHttp(server.baseUrl);
  const stored = await seedTransactions(path.join(server.dataDir, "saldo.db"), ROWS);

  for (let warm = 0; warm < 5; warm += 1) {
    await timeResponse(`${server.baseUrl}/`, cookie);
    await timeResponse(`${server.baseUrl}/robots.txt`);
    await timeResponse(`${server.baseUrl}/icon.svg`);
  }
  const dashboard: number[] = [];
  const dashboardComplete: number[] = [];
  const staticRoute: number[] = [];
  const publicFile: number[] = [];
  // A pause before each request: every one meets an idle server, not the tail of the one before.
  const idle = () => new Promise((resolve) => setTimeout(resolve, 30));
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    await idle();
    staticRoute.push((await timeResponse(`${server.baseUrl}/robots.txt`)).firstByte);
    await idle();
    publicFile.push((await timeResponse(`${server.baseUrl}/icon.svg`)).firstByte);
    await idle();
    const page = await timeResponse(`${server.baseUrl}/`, cookie);
    dashboard.push(page.firstByte);
    dashboardComplete.push(page.complete);
  }

  // The first view after a write the bench makes itself (a new data version, as a sync's write makes,
  // but nothing computed ahead, unlike Sync now) computes the chart series; later views reuse them.
  const coldComplete: number[] = [];
  for (let sample = 0; sample < 10; sample += 1) {
    await markDataChanged(path.join(server.dataDir, "saldo.db"));
    await idle();
    coldComplete.push((await timeResponse(`${server.baseUrl}/`, cookie)).complete);
  }

  const html = await (await fetch(`${server.baseUrl}/`, { headers: { cookie } })).text();
  // `noModule` scripts are polyfills for browsers without ES modules; current browsers never fetch them.
  const scriptTags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)];
  const scripts = [...new Set(scriptTags.filter((match) => !/\bnoModule\b/i.test(match[0])).map((match) => match[1]!))];
  const legacyOnly = [...new Set(scriptTags.filter((match) => /\bnoModule\b/i.test(match[0])).map((match) => match[1]!))];
  let legacyGzipped = 0;
  for (const src of legacyOnly) legacyGzipped += gzipSync(Buffer.from(await (await fetch(new URL(src, server.baseUrl))).arrayBuffer()), { level: 9 }).length;
  let gzipped = 0;
  let raw = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, server.baseUrl))).arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body, { level: 9 }).length;
  }
  // Everything the browser really fetches once the charts have drawn (the recharts chunk loads lazily).
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const context = await browser.newContext();
  await context.addCookies(cookie.split("; ").map((pair) => {
    const [name, ...rest] = pair.split("=");
    return { name: name!, value: rest.join("="), url: server.baseUrl };
  }));
  const page = await context.newPage();
  const loaded = new Set<string>();
  page.on("response", (response) => {
    if (response.url().endsWith(".js")) loaded.add(response.url());
  });
  await page.goto(`${server.baseUrl}/`);
  await page.locator("svg.recharts-surface").first().waitFor();
  await page.waitForLoadState("networkidle");
  await browser.close();
  let allGzipped = 0;
  for (const url of loaded) allGzipped += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;
  // Inline flight data is page data, not code; it is reported apart.
  const inlineData = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, match) => sum + gzipSync(match[1]!).length, 0);

  const ratio = median(dashboard) / median(staticRoute);
  const fileRatio = median(dashboard) / median(publicFile);
  console.log(`transactions in the store: ${stored}`);
  console.log(`TTFB static route /robots.txt: median ${median(staticRoute).toFixed(2)} ms over ${SAMPLES}`);
  console.log(`TTFB public file /icon.svg:    median ${median(publicFile).toFixed(2)} ms`);
  console.log(`TTFB dashboard:                median ${median(dashboard).toFixed(2)} ms → ${ratio.toFixed(2)}× the static route (target ≤ 1.5×), ${fileRatio.toFixed(2)}× the public file`);
  console.log(`dashboard complete response (every section streamed): median ${median(dashboardComplete).toFixed(2)} ms; uncached first view after a write ${median(coldComplete).toFixed(2)} ms`);
  console.log(`dashboard client JS before interaction: ${scripts.length} files, ${(raw / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzipped (target ≤ 180 KB); inline page data ${(inlineData / 1024).toFixed(1)} KB gzipped`);
  const legacyFetched = legacyOnly.filter((src) => [...loaded].some((url) => url.endsWith(src))).length;
  console.log(`  not counted: ${legacyOnly.length} noModule polyfill file(s), ${(legacyGzipped / 1024).toFixed(1)} KB gzipped, for browsers without ES modules (Chromium fetched ${legacyFetched} of them)`);
  console.log(`dashboard client JS once the charts have drawn: ${loaded.size} files, ${(allGzipped / 1024).toFixed(1)} KB gzipped (recharts loads lazily)`);
  console.log(JSON.stringify({ bench: "dashboard", rows: stored, staticRouteMs: median(staticRoute), publicFileMs: median(publicFile), dashboardMs: median(dashboard), dashboardCompleteMs: median(dashboardComplete), dashboardCompleteAfterSyncMs: median(coldComplete), ratio, fileRatio, jsGzipKb: gzipped / 1024, jsWithChartsGzipKb: allGzipped / 1024 }));
} finally {
  await server.stop();
}
