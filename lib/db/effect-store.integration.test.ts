// Rules over a realistic history: saving a rule recomputes every row's effective values in one
// transaction; the charts' read joins the effects. Both must stay fast at ~10,000 rows.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "saldo-effects-"));
Object.assign(process.env, { SALDO_DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, "saldo.db")}` });

let db: typeof import("./client").db;
let createRule: typeof import("./rule-store").createRule;
let deleteRule: typeof import("./rule-store").deleteRule;
let insightRows: typeof import("./insight-reads").insightRows;
let saveCorrection: typeof import("./correction-store").saveCorrection;

beforeAll(async () => {
  const { applyMigrations } = await import("./migrations");
  await applyMigrations({ url: process.env.DATABASE_URL! });
  ({ db } = await import("./client"));
  ({ createRule, deleteRule } = await import("./rule-store"));
  ({ insightRows } = await import("./insight-reads"));
  ({ saveCorrection } = await import("./correction-store"));
});

const ROWS = 10_000;
const MERCHANTS = ["Kiwi", "Rema 1000", "Coop Extra", "Vipps", "Netflix", "Circle K", "Elkjøp", "Vinmonopolet"];

describe("effects at scale", () => {
  it("a rule applies to 10,000 rows and removing it restores the bank's values", async () => {
    const user = await db().user.create({ data: {} });
    const account = await db().account.create({
      data: { userId: user.id, bankKey: "k", accountNumber: "1", name: "Brukskonto", type: "CHECKING", currencyCode: "NOK", balance: 0n, availableBalance: 0n, syncedAt: new Date() },
    });
    const data = Array.from({ length: ROWS }, (_, index) => ({
      userId: user.id,
      accountId: account.id,
      status: "BOOKED",
      bookingDate: new Date(Date.UTC(2025, 0, 1) + (index % 700) * 86_400_000).toISOString().slice(0, 10),
      amount: BigInt(-(100 + (index % 9_000))),
      currencyCode: "NOK",
      rawDescription: `${MERCHANTS[index % MERCHANTS.length]} ${index}`,
      description: `${MERCHANTS[index % MERCHANTS.length]} ${index}`,
      merchantName: MERCHANTS[index % MERCHANTS.length]!,
      categoryMain: "MAT",
      categoryMainLabel: "Mat og drikke",
      syncedAt: new Date(),
    }));
    for (let start = 0; start < data.length; start += 1_000) await db().transaction.createMany({ data: data.slice(start, start + 1_000) });

    const one = await db().transaction.findFirstOrThrow({ where: { userId: user.id }, select: { id: true, amount: true } });
    await saveCorrection(user.id, one.id, { category: { main: "BOLIG", mainLabel: "Bolig" }, merchantName: null, isTransfer: null, excluded: null, note: null, tags: [], splits: [] });

    let started = performance.now();
    const ruleId = await createRule(user.id, { name: "Kiwi", conditions: { merchantContains: "kiwi" }, actions: { setCategory: { main: "JOBB", mainLabel: "Jobb" } } });
    const saveMs = performance.now() - started;
    started = performance.now();
    const rows = await insightRows(user.id, "2000-01-01");
    const readMs = performance.now() - started;
    expect(rows).toHaveLength(ROWS);
    expect(rows.filter((row) => row.categoryMain === "JOBB")).toHaveLength(ROWS / MERCHANTS.length - (one.id && rows.find((row) => row.id === one.id)?.merchantName === "Kiwi" ? 1 : 0));
    expect(rows.find((row) => row.id === one.id)?.categoryMain).toBe("BOLIG");

    started = performance.now();
    await deleteRule(user.id, ruleId);
    const deleteMs = performance.now() - started;
    const restored = await insightRows(user.id, "2000-01-01");
    expect(restored.filter((row) => row.categoryMain === "JOBB")).toHaveLength(0);
    expect(restored.filter((row) => row.categoryMain === "BOLIG")).toHaveLength(1);
    console.info(`[effects] ${ROWS} rows: save rule ${saveMs.toFixed(0)} ms, chart read ${readMs.toFixed(0)} ms, delete rule ${deleteMs.toFixed(0)} ms`);
    // Generous bounds for a loaded 2-core machine; the log line has the figures.
    expect(saveMs).toBeLessThan(20_000);
    expect(readMs).toBeLessThan(10_000);
  }, 120_000);
});
