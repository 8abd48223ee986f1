// EXPLAIN QUERY PLAN and timings of the transactions list's statement for typical filters over 200k
// rows in a scratch database (kept between runs in the temp folder: seeding takes minutes).
// Run: npx tsx bench/transactions-query-plans.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient, type InValue } from "@libsql/client";
import { applyMigrations } from "../lib/db/migrations";
import { transactionListStatement } from "../lib/db/transaction-list-sql";
const dir = path.join(os.tmpdir(), "saldo-query-plans");
fs.mkdirSync(dir, { recursive: true });
const url = `file:${path.join(dir, "saldo.db")}`;
await applyMigrations({ url });
const c = createClient({ url });
const n = Number((await c.execute(`SELECT COUNT(*) AS n FROM "Transaction"`)).rows[0]!.n);
if (n === 0) {
  await c.execute(`INSERT INTO "User" (id, "createdAt") VALUES ('u1', '2026-01-01')`).catch((e) => console.log(e.message));
  for (const a of ["a1", "a2", "a3"]) await c.execute({ sql: `INSERT INTO "Account" (id, "userId", "bankKey", "accountNumber", name, type, "currencyCode", balance, "availableBalance", "syncedAt") VALUES (?, 'u1', 'k', ?, 'Konto', 'x', 'NOK', 0, 0, '2026-01-01')`, args: [a, a] });
  const M = ["REMA 1000 GRØNLAND", "Kiwi Bjølsen", "COOP EXTRA ØKERN", "Meny Ålesund", "Vinmonopolet Tønsberg", "Ruter AS", "Elkjøp Lørenskog", "Nille Bærum"];
  const C = ["GROCERIES", "TRANSPORT", "HOUSING", "SHOPPING", "HEALTH", "LEISURE", "FOOD_AND_DRINK"];
  let batch: { sql: string; args: InValue[] }[] = [];
  for (let i = 0; i < 200_000; i++) {
    const income = i % 10 === 0;
    batch.push({ sql: `INSERT INTO "Transaction" (id, "userId", "accountId", "rawDescription", status, "bookingDate", amount, "currencyCode", description, "merchantName", "categoryMain", "syncedAt") VALUES (?, 'u1', ?, ?, 'BOOKED', ?, ?, 'NOK', ?, ?, ?, '2026-01-01')`,
      args: [`t${String(i).padStart(7, "0")}`, ["a1", "a2", "a3"][i % 3]!, M[i % 8]!, new Date(Date.UTC(2021, 0, 1) + (i * 7919 % 1826) * 86400000).toISOString().slice(0, 10), income ? 50000 : -(i % 9000) - 1, `${M[(i * 7) % 8]} ${i % 97}`, M[(i * 7) % 8]!.split(" ")[0]!, income ? "INCOME" : C[i % 7]!] });
    if (batch.length === 5000) { await c.batch(batch, "write"); batch = []; }
  }
  await c.batch(batch, "write");
}
const cases: [string, Record<string, string>][] = [
  ["all", {}], ["account", { account: "a2" }], ["category", { category: "HEALTH" }], ["category none", { category: "none" }],
  ["account+in+category GROCERIES (empty)", { account: "a1", direction: "in", category: "GROCERIES" }], ["direction in", { direction: "in" }],
  ["search common", { q: "økern" }], ["search rare", { q: "zzz" }], ["search+account", { q: "bærum", account: "a3" }], ["date range", { from: "2024-01-01", to: "2024-03-31" }],
];
for (const [name, f] of cases) {
  const st = transactionListStatement("u1", { ...f, direction: f.direction as "in" | undefined }, undefined, 101) as { sql: string; args: InValue[] };
  const plan = (await c.execute({ sql: `EXPLAIN QUERY PLAN ${st.sql}`, args: st.args })).rows.map((r) => r.detail).join(" / ");
  const times = [];
  let rows = 0;
  for (let k = 0; k < 7; k++) { const t = performance.now(); rows = (await c.execute(st)).rows.length; times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log(`${name}: ${rows} rows, median ${times[3]!.toFixed(1)} ms, max ${times[6]!.toFixed(1)} ms\n   ${plan}`);
}
