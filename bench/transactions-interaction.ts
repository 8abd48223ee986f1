// Transactions list interaction speed on a production build, over 20k and over 200k stored rows:
//  1. a filter change (account, category, direction) until the new list is painted, p50/p95
//     (target ≤ 100 ms p95), in Chromium: performance.now() at the select's change event to the
//     first frame after the DOM shows the new rows,
//  2. a typed search (submitted) until the new list is painted, the same way,
//  3. the /api/transactions answer alone for the same filters and searches,
//  4. the database round trips of one transactions page view and of one /api/transactions call
//     (target ≤ 3 per page view), counted by lib/db/round-trip-counter.ts (SALDO_DB_ROUND_TRIP_LOG).
// Every measured filter and search is one the list has not shown before (no client cache hits).
// Run: npm run build && npx tsx bench/transactions-interaction.ts   (BENCH_ROWS=20000,200000 BENCH_PORT=3500)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { chromium, type Page } from "@playwright/test";
import { DERIVED_COLUMN_TRIGGERS, ensureDerivedColumns } from "../lib/db/derived-columns-sql";
import { SEARCH_INDEX_TRIGGERS } from "../lib/db/search-index-sql";
import { loginOverHttp, startSaldo } from "./support/saldo-server";

const SIZES = (process.env.BENCH_ROWS ?? "20000,200000").split(",").map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 3500);

const MERCHANTS = [
  "REMA 1000 GRØNLAND", "Kiwi Bjølsen", "COOP EXTRA ØKERN", "Meny Ålesund", "Vinmonopolet Tønsberg", "Ruter AS",
  "Elkjøp Lørenskog", "Nille Bærum", "Sætre Kjeks Utsalg", "Åpent Bakeri", "Spotify AB", "Power Strømmen",
  "Narvesen Oslo S", "Joker Fåberg", "Circle K Ås", "XXL Sport Skøyen", "Apotek 1 Sørumsand", "Hjem.no Trøndelag",
  "Clas Ohlson Kjørbo", "Espresso House Frogner", "Bunnpris Gjøvik", "Jernia Moelv", "Dromedar Kaffebar", "Vy Tog",
];
const INCOME = ["LØNN FRA ØSTLANDSKE AS", "Overføring fra Ærlige Øre", "NAV Barnetrygd", "Skatteoppgjør Østfold"];
const CATEGORIES = [
  ["GROCERIES", "Dagligvarer"], ["FOOD_AND_DRINK", "Mat og drikke"], ["TRANSPORT", "Transport"], ["HOUSING", "Bolig"],
  ["SHOPPING", "Klær og utstyr"], ["HEALTH", "Helse"], ["LEISURE", "Fritid"], ["INCOME", "Inntekt"],
] as const;

/**
 * Rows as a sync writes them, straight into the store. The derived columns' triggers are set aside
 * while seeding and put back after by ensureDerivedColumns, which fills every row in one statement
 * (the path a migration takes); row by row they would multiply the seeding time.
 */
async function seed(databaseFile: string, rows: number) {
  const client = createClient({ url: `file:${databaseFile}` });
  for (const trigger of [...DERIVED_COLUMN_TRIGGERS, ...SEARCH_INDEX_TRIGGERS]) await client.execute(`DROP TRIGGER IF EXISTS "${trigger.name}"`);
  const accounts = (await client.execute(`SELECT id, "userId" FROM "Account" ORDER BY position`)).rows;
  let seedValue = 7;
  const random = () => ((seedValue = (seedValue * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const today = Date.now();
  const now = new Date().toISOString();
  let statements: { sql: string; args: (string | number | null)[] }[] = [];
  const flush = async () => {
    if (statements.length) await client.batch(statements, "write");
    statements = [];
  };
  for (let index = 0; index < rows; index += 1) {
    const account = accounts[index % accounts.length]!;
    const income = random() < 0.1;
    const merchant = income ? INCOME[index % INCOME.length]! : MERCHANTS[Math.floor(random() * MERCHANTS.length)]!;
    const [main, label] = income ? CATEGORIES[7] : CATEGORIES[Math.floor(random() * 7)]!;
    const day = new Date(today - Math.floor(random() * 5 * 365) * 86_400_000).toISOString().slice(0, 10);
    const amount = income ? Math.floor(random() * 4_000_000) + 1 : -Math.floor(random() * 200_000) - 1;
    const id = `bench${String(index).padStart(7, "0")}`;
    statements.push({
      sql: `INSERT INTO "Transaction" (id, "userId", "accountId", "rawDescription", status, "bookingDate", amount, "currencyCode", description, "merchantName", "categoryMain", "categoryMainLabel", "kidOrMessage", "isOwnTransfer", "syncedAt")
            VALUES (?, ?, ?, ?, ?, ?, ?, 'NOK', ?, ?, ?, ?, ?, 0, ?)`,
      args: [id, String(account.userId), String(account.id), `${merchant.toUpperCase()} ${index % 97}`, random() < 0.01 ? "PENDING" : "BOOKED", day, amount, `${merchant} ${index % 97}`, merchant.split(" ")[0]!, main, label, random() < 0.05 ? `Melding ${index}` : null, now],
    });
    // One row in fifty carries an owner's correction (renamed merchant, a note, tags).
    if (index % 50 === 0) {
      statements.push({
        sql: `INSERT INTO "TransactionCorrection" ("transactionId", "userId", "merchantName", note, tags, "updatedAt") VALUES (?, ?, ?, ?, ?, ?)`,
        args: [id, String(account.userId), `Min kafé ${index % 13}`, `Notat om kjøp ${index % 31}`, JSON.stringify(["ferie", "sommer"]), now],
      });
      statements.push({
        sql: `INSERT INTO "TransactionEffect" ("transactionId", "userId", "categoryMain", "categoryMainLabel", "merchantName", "isTransfer", "excluded", tags) VALUES (?, ?, ?, ?, ?, 0, 0, ?)`,
        args: [id, String(account.userId), main, label, `Min kafé ${index % 13}`, JSON.stringify(["ferie", "sommer"])],
      });
    }
    if (statements.length >= 3000) await flush();
  }
  await flush();
  const derived = await ensureDerivedColumns(client);
  await client.execute({ sql: `UPDATE "SyncState" SET "dataVersion" = ?`, args: [crypto.randomUUID()] });
  const count = Number((await client.execute(`SELECT COUNT(*) AS n FROM "Transaction"`)).rows[0]!.n);
  const accountIds = accounts.map((row) => String(row.id));
  client.close();
  return { count, accountIds, derivedFilled: derived.length > 0 };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const summary = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95), n: values.length });
const fmt = (s: { p50: number; p95: number; n: number }) => `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (n=${s.n})`;

// Plain JavaScript run in the page (a string, so the TypeScript loader adds no helpers to it): arms a
// watcher from the trigger event to the first frame after the list changed and settled.
const ARM = `(eventName) => {
  const section = document.querySelector("section[aria-busy]");
  const rowsOf = () => [...section.querySelectorAll("[data-testid=transaction-row]")].map((row) => row.getAttribute("data-id")).join(",") + (section.querySelector("[data-testid=transactions-empty]") ? "|empty" : "");
  const before = rowsOf();
  // The browser keeps 250 resource entries; the next answer's must find room.
  performance.clearResourceTimings();
  window.__painted = new Promise((resolve, reject) => {
    let started = 0;
    const timer = setTimeout(() => reject(new Error("no new list within 20 s (" + eventName + ")")), 20000);
    document.addEventListener(eventName, () => (started = performance.now()), { capture: true, once: true });
    let fetched = false;
    const observer = new MutationObserver(() => {
      if (!started) return;
      if (section.getAttribute("aria-busy") !== "false") return void (fetched = true);
      // An empty list that stays empty changes nothing but the busy flag.
      if (!section.querySelector("[data-testid=transaction-row], [data-testid=transactions-empty]") || (rowsOf() === before && !fetched)) return;
      observer.disconnect();
      // The callback of the next frame runs before its paint; a task queued there runs after it.
      requestAnimationFrame(() => setTimeout(() => {
        clearTimeout(timer);
        const answer = performance.getEntriesByType("resource").filter((entry) => entry.name.includes("/api/transactions?") && entry.startTime >= started).at(-1);
        resolve({ total: performance.now() - started, request: answer ? answer.startTime - started : NaN, response: answer ? answer.responseEnd - started : NaN });
      }, 0));
    });
    observer.observe(section, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}`;
const arm = (page: Page, trigger: "change" | "submit") => page.evaluate(`(${ARM})(${JSON.stringify(trigger)})`);
/** Where each measured wait went: until the list's request left, until its answer was in, until the frame painted. */
const phases: { kind: "filter" | "search"; request: number; response: number; total: number }[] = [];
const painted = async (page: Page, kind: "filter" | "search") => {
  const measured = (await page.evaluate("window.__painted")) as { total: number; request: number; response: number };
  phases.push({ kind, ...measured });
  return measured.total;
};

async function roundTrips(logFile: string, url: string, cookie: string) {
  fs.writeFileSync(logFile, "");
  const response = await fetch(url, { headers: { cookie } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  await response.arrayBuffer();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return fs.readFileSync(logFile, "utf8").split("\n").filter(Boolean);
}

const SEARCHES = [
  "rema", "KIWI", "grønland", "ØKERN", "ålesund", "Tønsberg", "ruter", "elkjøp", "BÆRUM", "sætre", "åpent", "spotify",
  "strømmen", "narvesen", "fåberg", "Ås", "skøyen", "sørumsand", "TRØNDELAG", "kjørbo", "frogner", "gjøvik", "moelv",
  "lønn", "ærlige", "østfold", "min kafé", "notat om kjøp 3", "ferie", "melding 12", "zzz finnes ikke", "kaffebar",
];

async function measure(rows: number) {
  const logFile = path.join(os.tmpdir(), `saldo-bench-round-trips-${process.pid}.log`);
  fs.writeFileSync(logFile, "");
  const server = await startSaldo(PORT, { SALDO_BACKFILL_DAYS: "0", SALDO_STALE_MINUTES: "1440", SALDO_DB_ROUND_TRIP_LOG: logFile });
  try {
    const cookie = await loginOverHttp(server.baseUrl);
    const seeded = Date.now();
    const { count, accountIds, derivedFilled } = await seed(path.join(server.dataDir, "saldo.db"), rows);
    const seedSeconds = (Date.now() - seeded) / 1000;

    // Warm the server (first requests compile and load code), then count round trips.
    for (let warm = 0; warm < 3; warm += 1) {
      // Seeding a large store can outlast the kept-alive socket: the first request may find it closed.
      await fetch(`${server.baseUrl}/transactions`, { headers: { cookie } })
        .catch(() => fetch(`${server.baseUrl}/transactions`, { headers: { cookie } }))
        .then((r) => r.arrayBuffer());
      await fetch(`${server.baseUrl}/api/transactions?limit=100&q=warm${warm}`, { headers: { cookie } }).then((r) => r.arrayBuffer());
    }
    const pageTrips = await roundTrips(logFile, `${server.baseUrl}/transactions`, cookie);
    const apiTrips = await roundTrips(logFile, `${server.baseUrl}/api/transactions?limit=100&category=GROCERIES`, cookie);
    const searchTrips = await roundTrips(logFile, `${server.baseUrl}/api/transactions?limit=100&q=gr%C3%B8nland`, cookie);

    // The API alone, for the same kinds of filters and searches.
    const apiFilter: number[] = [];
    const apiSearch: number[] = [];
    const filterQueries: string[] = [];
    for (const account of ["", ...accountIds]) for (const direction of ["", "in", "out"]) for (const [category] of [["" as string], ...CATEGORIES]) {
      const params = new URLSearchParams({ limit: "100" });
      if (account) params.set("account", account);
      if (direction) params.set("direction", direction);
      if (category) params.set("category", category);
      filterQueries.push(params.toString());
    }
    for (const query of filterQueries) {
      const started = performance.now();
      await fetch(`${server.baseUrl}/api/transactions?${query}`, { headers: { cookie } }).then((r) => r.arrayBuffer());
      apiFilter.push(performance.now() - started);
    }
    for (const term of SEARCHES) {
      const started = performance.now();
      await fetch(`${server.baseUrl}/api/transactions?limit=100&q=${encodeURIComponent(term)}`, { headers: { cookie } }).then((r) => r.arrayBuffer());
      apiSearch.push(performance.now() - started);
    }

    const browser = await chromium.launch({
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    const filterPaint: number[] = [];
    const searchPaint: number[] = [];
    try {
      // BENCH_SERVICE_WORKER=block measures without the offline service worker in the way.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: process.env.BENCH_SERVICE_WORKER === "block" ? "block" : "allow" });
      await context.addCookies(cookie.split("; ").map((pair) => {
        const [name, ...rest] = pair.split("=");
        return { name: name!, value: rest.join("="), url: server.baseUrl };
      }));
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}/transactions`);
      await page.getByTestId("transaction-row").first().waitFor();
      const form = page.getByTestId("transaction-filters");
      const select = (name: string) => form.locator(`select[name=${name}]`);
      // Walk account × direction × category so that every step shows a list not seen before.
      let category = "";
      for (const account of ["", ...accountIds]) {
        if (account) {
          await arm(page, "change");
          await select("account").selectOption(account);
          filterPaint.push(await painted(page, "filter"));
        }
        for (const direction of ["", "in", "out"]) {
          if (direction) {
            await arm(page, "change");
            await select("direction").selectOption(direction);
            filterPaint.push(await painted(page, "filter"));
          }
          const codes = ["", ...CATEGORIES.map(([code]) => code)];
          const start = codes.indexOf(category);
          for (let step = 1; step < codes.length; step += 1) {
            category = codes[(start + step) % codes.length]!;
            await arm(page, "change");
            await select("category").selectOption(category);
            filterPaint.push(await painted(page, "filter"));
          }
        }
      }
      // Searches over the whole list.
      await page.goto(`${server.baseUrl}/transactions`);
      await page.getByTestId("transaction-row").first().waitFor();
      const search = form.locator("input[name=q]");
      for (const term of SEARCHES) {
        await search.fill(term);
        await arm(page, "submit");
        await search.press("Enter");
        searchPaint.push(await painted(page, "search"));
      }
    } finally {
      await browser.close();
    }
    return {
      rows: count, seedSeconds, derivedFilled, pageTrips, apiTrips, searchTrips,
      apiFilter: summary(apiFilter), apiSearch: summary(apiSearch), filterPaint: summary(filterPaint), searchPaint: summary(searchPaint),
      // Each series starts right after a page load: its first two steps also wait for the load and for
      // the JIT to warm up. Apart, they show how much of the p95 is the first use of a fresh page.
      firstFilters: filterPaint.slice(0, 2), laterFilters: summary(filterPaint.slice(2)),
      firstSearches: searchPaint.slice(0, 2), laterSearches: summary(searchPaint.slice(2)),
    };
  } finally {
    await server.stop();
    fs.rmSync(logFile, { force: true });
  }
}

const results = [];
for (const rows of SIZES) {
  phases.length = 0;
  const result = await measure(rows);
  results.push(result);
  for (const kind of ["filter", "search"] as const) {
    const split = (pick: (phase: (typeof phases)[number]) => number) => fmt(summary(phases.filter((phase) => phase.kind === kind).map(pick).filter(Number.isFinite)));
    console.log(`\n   where the wait went (${kind === "filter" ? "filter changes" : "searches"}): until the request left ${split((phase) => phase.request)}; its answer in ${split((phase) => phase.response - phase.request)}; answer to painted frame ${split((phase) => phase.total - phase.response)}`);
  }
  console.log(`\n== ${result.rows} transactions in the store (seeded in ${result.seedSeconds.toFixed(1)} s${result.derivedFilled ? ", search and category columns filled by ensureDerivedColumns" : ""})`);
  console.log(`filter change → new list painted: ${fmt(result.filterPaint)}   (target p95 ≤ 100 ms → ${(result.filterPaint.p95 / 100).toFixed(2)}× the target)`);
  console.log(`typed search  → new list painted: ${fmt(result.searchPaint)}   (target p95 ≤ 100 ms → ${(result.searchPaint.p95 / 100).toFixed(2)}× the target)`);
  const ms = (values: number[]) => values.map((value) => `${value.toFixed(0)} ms`).join(", ");
  console.log(`   of which the first two after the page load: filters ${ms(result.firstFilters)}, searches ${ms(result.firstSearches)}; the rest: filters ${fmt(result.laterFilters)}, searches ${fmt(result.laterSearches)}`);
  console.log(`/api/transactions alone, filters: ${fmt(result.apiFilter)}`);
  console.log(`/api/transactions alone, search:  ${fmt(result.apiSearch)}`);
  console.log(`DB round trips: page view ${result.pageTrips.length} (target ≤ 3), filtered API call ${result.apiTrips.length}, search API call ${result.searchTrips.length}`);
  if (process.env.BENCH_VERBOSE) console.log(["page view:", ...result.pageTrips, "search API call:", ...result.searchTrips].join("\n  "));
}
console.log(JSON.stringify({ bench: "transactions-interaction", results: results.map(({ pageTrips, apiTrips, searchTrips, ...rest }) => ({ ...rest, pageRoundTrips: pageTrips.length, apiRoundTrips: apiTrips.length, searchRoundTrips: searchTrips.length })) }));
