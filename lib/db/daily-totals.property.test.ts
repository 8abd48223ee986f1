// The per-day totals equal the rows, as a property: after any sequence of sync writes (inserts,
// updates that move rows between days, accounts' statuses and categories, deletions), owner
// corrections (category, merchant, transfer, excluded, splits), rules added and removed, CSV
// imports and a backup restore, every DailyCategoryTotal and DailyMerchantTotal equals a
// recomputation from the rows as the charts read them (insightRows), and the overview's series
// from the totals equal computeDashboardSeries over those rows. Real libSQL file, real stores.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { monthlySpending } from "../budgets/monthly-spending";
import type { BankTransactionData } from "../domain/types";
import { computeDashboardSeries } from "../insights/compute-dashboard-series";
import { overviewWindow } from "../insights/overview-window";
import { overviewTotalsRanges, seriesFromTotals } from "../insights/series-from-totals";
import type { InsightRow } from "../insights/types";
import { adoptImported } from "../sync/match-rows";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "saldo-daily-totals-"));
Object.assign(process.env, { SALDO_DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, "saldo.db")}` });

let stores: {
  db: typeof import("./client").db;
  writeLedger: typeof import("./ledger-store").writeLedger;
  saveCorrection: typeof import("./correction-store").saveCorrection;
  createRule: typeof import("./rule-store").createRule;
  deleteRule: typeof import("./rule-store").deleteRule;
  commitImport: typeof import("./import-store").commitImport;
  readBackup: typeof import("./backup-store").readBackup;
  restoreBackup: typeof import("./backup-store").restoreBackup;
  insightRows: typeof import("./insight-reads").insightRows;
  readOverviewTotals: typeof import("./overview-totals").readOverviewTotals;
  monthlySpendingRows: typeof import("./overview-totals").monthlySpendingRows;
};

beforeAll(async () => {
  const { applyMigrations } = await import("./migrations");
  await applyMigrations({ url: process.env.DATABASE_URL! });
  const [client, ledger, correction, rule, importStore, backup, insight, overview] = await Promise.all([
    import("./client"),
    import("./ledger-store"),
    import("./correction-store"),
    import("./rule-store"),
    import("./import-store"),
    import("./backup-store"),
    import("./insight-reads"),
    import("./overview-totals"),
  ]);
  stores = {
    db: client.db,
    writeLedger: ledger.writeLedger,
    saveCorrection: correction.saveCorrection,
    createRule: rule.createRule,
    deleteRule: rule.deleteRule,
    commitImport: importStore.commitImport,
    readBackup: backup.readBackup,
    restoreBackup: backup.restoreBackup,
    insightRows: insight.insightRows,
    readOverviewTotals: overview.readOverviewTotals,
    monthlySpendingRows: overview.monthlySpendingRows,
  };
});

const TODAY = "2026-03-20";
const DAYS = Array.from({ length: 12 }, (_, index) => `2026-0${1 + Math.floor(index / 4)}-${String(5 + (index % 4) * 6).padStart(2, "0")}`).concat(["2026-03-19", "2026-03-20", "2025-03-25", "2025-03-19", "2025-03-31", "2025-03-02", "2026-03-27", "2025-03-01", "2025-03-05", "2026-03-31", "2026-03-04"]);
const CATEGORIES = [null, ["MAT", "Mat og drikke", "DAGLIG", "Dagligvarer"], ["MAT", "Mat og drikke", null, null], ["BOLIG", "Bolig", "STROM", "Strøm"]] as const;
const MERCHANTS = [undefined, "Kiwi", "KIWI", "Rema 1000", ""];

const rowSpec = fc.record({
  day: fc.nat(DAYS.length - 1),
  amount: fc.constantFrom(-3900, -12_550, -1, 45_000, 0, -2_500_000),
  pending: fc.boolean(),
  category: fc.nat(CATEGORIES.length - 1),
  merchant: fc.nat(MERCHANTS.length - 1),
  text: fc.constantFrom("KIWI 505 STORO", "REMA 1000", "Overføring", "VIPPS*ANNE"),
  ownTransfer: fc.boolean(),
});
type RowSpec = typeof rowSpec extends fc.Arbitrary<infer T> ? T : never;

type Action =
  | { kind: "sync"; account: 0 | 1; inserts: RowSpec[]; deletes: number[]; updates: { pick: number; row: RowSpec }[] }
  | { kind: "correct"; pick: number; category: number | null; merchant: string | null; isTransfer: boolean | null; excluded: boolean | null; split: boolean }
  | { kind: "rule"; merchant: string; category: number; exclude: boolean; transfer: boolean }
  | { kind: "unrule"; pick: number }
  | { kind: "import"; account: 0 | 1; amounts: number[] }
  | { kind: "restore" };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("sync" as const), account: fc.constantFrom<0 | 1>(0, 1), inserts: fc.array(rowSpec, { maxLength: 6 }), deletes: fc.array(fc.nat(), { maxLength: 2 }), updates: fc.array(fc.record({ pick: fc.nat(), row: rowSpec }), { maxLength: 2 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("correct" as const), pick: fc.nat(), category: fc.option(fc.integer({ min: 1, max: CATEGORIES.length - 1 })), merchant: fc.option(fc.constantFrom("Kiwi", "Ny butikk")), isTransfer: fc.option(fc.boolean()), excluded: fc.option(fc.boolean()), split: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("rule" as const), merchant: fc.constantFrom("kiwi", "rema"), category: fc.integer({ min: 1, max: CATEGORIES.length - 1 }), exclude: fc.boolean(), transfer: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("unrule" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("import" as const), account: fc.constantFrom<0 | 1>(0, 1), amounts: fc.array(fc.constantFrom(-5000, 12_000, -700), { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: "restore" as const }) },
);

let serial = 0;
function bankRow(spec: RowSpec): BankTransactionData {
  const category = CATEGORIES[spec.category];
  const merchant = MERCHANTS[spec.merchant];
  serial += 1;
  return {
    accountNumber: "x",
    status: spec.pending ? "PENDING" : "BOOKED",
    bookingDate: DAYS[spec.day]!,
    amount: spec.amount,
    currencyCode: "NOK",
    rawDescription: `${spec.text} ${serial}`,
    description: spec.text,
    ...(merchant === undefined ? {} : { merchantName: merchant }),
    ...(category ? { categoryMain: category[0], categoryMainLabel: category[1], ...(category[2] ? { categorySub: category[2], categorySubLabel: category[3]! } : {}) } : {}),
    ...(spec.ownTransfer ? { remoteAccountNumber: "1111.22.33333" } : {}),
    recurring: false,
    subscription: false,
  };
}

async function run(userId: string, accounts: string[], step: Action) {
  const { db } = stores;
  switch (step.kind) {
    case "sync": {
      const runId = (await db().syncRun.create({ data: { userId, trigger: "manual", status: "running" } })).id;
      const rows = step.inserts.map(bankRow);
      await stores.writeLedger({
        userId,
        runId,
        now: new Date(),
        accounts: [
          {
            accountId: accounts[step.account]!,
            range: { from: "2025-01-01", to: "2026-12-31" },
            plan: (stored) => {
              const deletes = [...new Set(step.deletes.map((pick) => stored[pick % Math.max(1, stored.length)]?.id).filter((id): id is string => Boolean(id)))];
              const updates = step.updates
                .map(({ pick, row }) => ({ id: stored[pick % Math.max(1, stored.length)]?.id, row: bankRow(row) }))
                .filter((update): update is { id: string; row: BankTransactionData } => Boolean(update.id) && !deletes.includes(update.id!));
              const unique = [...new Map(updates.map((update) => [update.id, update])).values()];
              return { updates: unique, inserts: rows, deletes };
            },
            adoptImported,
          },
        ],
        run: { status: "success", warnings: [], bankCalls: 1, markSuccess: true },
      });
      return;
    }
    case "correct": {
      const rows = await db().transaction.findMany({ where: { userId }, orderBy: { id: "asc" }, select: { id: true, amount: true } });
      const row = rows[step.pick % Math.max(1, rows.length)];
      if (!row) return;
      const amount = Number(row.amount);
      const choice = (index: number) => {
        const category = CATEGORIES[index]!;
        return { main: category[0], mainLabel: category[1], ...(category[2] ? { sub: category[2], subLabel: category[3]! } : {}) };
      };
      const splits =
        step.split && Math.abs(amount) >= 2
          ? [
              { amount: Math.trunc(amount / 2), category: choice(1) },
              { amount: amount - Math.trunc(amount / 2), category: null },
            ]
          : [];
      await stores.saveCorrection(userId, row.id, {
        category: step.category === null ? null : choice(step.category),
        merchantName: step.merchant,
        isTransfer: step.isTransfer,
        excluded: step.excluded,
        note: null,
        tags: [],
        splits,
      });
      return;
    }
    case "rule": {
      const category = CATEGORIES[step.category]!;
      await stores.createRule(userId, {
        name: `rule ${step.merchant}`,
        conditions: { descriptionContains: step.merchant },
        actions: { setCategory: { main: category[0], mainLabel: category[1] }, ...(step.exclude ? { exclude: true } : {}), ...(step.transfer ? { markTransfer: true } : {}) },
      });
      return;
    }
    case "unrule": {
      const rules = await db().rule.findMany({ where: { userId }, orderBy: { id: "asc" } });
      const rule = rules[step.pick % Math.max(1, rules.length)];
      if (rule) await stores.deleteRule(userId, rule.id);
      return;
    }
    case "import": {
      const rows = step.amounts.map((amount, index) => ({ line: index + 2, bookingDate: `2024-12-${String(10 + index).padStart(2, "0")}`, interestDate: null, amount, description: `CSV ${serial++}`, remoteAccount: null }));
      await stores.commitImport(userId, accounts[step.account]!, rows).catch((error: Error) => {
        // An account never synced cannot take an import yet.
        if (!/Sync this account once/.test(error.message)) throw error;
      });
      return;
    }
    case "restore":
      await stores.restoreBackup(userId, await stores.readBackup(userId));
      return;
  }
}

const key = (values: unknown[]) => JSON.stringify(values);

/** The totals recomputed in JS from the rows as the charts read them. */
function expectedTotals(rows: InsightRow[]) {
  const categories = new Map<string, { inSum: number; inCount: number; outSum: number; outCount: number }>();
  const merchants = new Map<string, { outSum: number; outCount: number }>();
  for (const row of rows) {
    const excluded = row.excluded === true;
    const k = key([row.accountId, row.bookingDate, row.status === "BOOKED", row.isOwnTransfer, excluded, row.categoryMain, row.categoryMainLabel, row.categorySub, row.categorySubLabel]);
    const total = categories.get(k) ?? { inSum: 0, inCount: 0, outSum: 0, outCount: 0 };
    if (row.amount > 0) {
      total.inSum += row.amount;
      total.inCount += 1;
    }
    if (row.amount < 0) {
      total.outSum += row.amount;
      total.outCount += 1;
    }
    categories.set(k, total);
    if (row.amount < 0 && !excluded) {
      const m = key([row.accountId, row.bookingDate, row.isOwnTransfer, row.merchantName ?? row.description]);
      const merchant = merchants.get(m) ?? { outSum: 0, outCount: 0 };
      merchant.outSum += row.amount;
      merchant.outCount += 1;
      merchants.set(m, merchant);
    }
  }
  return { categories, merchants };
}

async function storedTotals(userId: string) {
  const { db } = stores;
  const [categoryRows, merchantRows, monthRows, dirty] = await Promise.all([
    db().dailyCategoryTotal.findMany({ where: { userId } }),
    db().dailyMerchantTotal.findMany({ where: { userId } }),
    db().monthlyMerchantTotal.findMany({ where: { userId } }),
    db().dailyTotalDirty.count(),
  ]);
  const categories = new Map<string, { inSum: number; inCount: number; outSum: number; outCount: number }>();
  for (const row of categoryRows) {
    const k = key([row.accountId, row.day, row.booked, row.isTransfer, row.excluded, row.categoryMain, row.categoryMainLabel, row.categorySub, row.categorySubLabel]);
    expect(categories.has(k), `one total per key ${k}`).toBe(false);
    categories.set(k, { inSum: Number(row.inSum), inCount: row.inCount, outSum: Number(row.outSum), outCount: row.outCount });
  }
  const merchants = new Map<string, { outSum: number; outCount: number }>();
  for (const row of merchantRows) {
    const k = key([row.accountId, row.day, row.isTransfer, row.merchant]);
    expect(merchants.has(k), `one total per key ${k}`).toBe(false);
    merchants.set(k, { outSum: Number(row.outSum), outCount: row.outCount });
  }
  const merchantMonths = new Map<string, { outSum: number; outCount: number }>();
  for (const row of monthRows) {
    const k = key([row.month, row.isTransfer, row.merchant]);
    expect(merchantMonths.has(k), `one total per key ${k}`).toBe(false);
    merchantMonths.set(k, { outSum: Number(row.outSum), outCount: row.outCount });
  }
  return { categories, merchants, merchantMonths, dirty };
}

async function checkEqual(userId: string) {
  const rows = await stores.insightRows(userId, "0000-01-01");
  const expected = expectedTotals(rows);
  const stored = await storedTotals(userId);
  // Zero-amount rows make a key with nothing in it; the totals then hold an all-zero entry or none.
  const nonEmpty = <T extends object>(map: Map<string, T>) => new Map([...map].filter(([, value]) => Object.values(value).some((entry) => entry !== 0)));
  expect(nonEmpty(stored.categories)).toEqual(nonEmpty(expected.categories));
  expect(stored.merchants).toEqual(expected.merchants);
  // The monthly merchant totals: the daily ones summed per month, whatever the account.
  const merchantMonths = new Map<string, { outSum: number; outCount: number }>();
  for (const [daily, total] of expected.merchants) {
    const [, day, isTransfer, merchant] = JSON.parse(daily) as [string, string, boolean, string];
    const k = key([day.slice(0, 7), isTransfer, merchant]);
    const month = merchantMonths.get(k) ?? { outSum: 0, outCount: 0 };
    merchantMonths.set(k, { outSum: month.outSum + total.outSum, outCount: month.outCount + total.outCount });
  }
  expect(stored.merchantMonths).toEqual(merchantMonths);
  expect(stored.dirty).toBe(0);

  // Budgets read one row per month and category holding its total: the same spending per month.
  const monthRows = await stores.monthlySpendingRows(userId, "2024-01");
  // The overview and budgets count kroner accounts only: the reference is the rows of those.
  const kroner = new Set((await stores.db().account.findMany({ where: { userId, currencyCode: "NOK" }, select: { id: true } })).map((account) => account.id));
  const kronerRows = rows.filter((row) => kroner.has(row.accountId));
  for (const month of ["2024-12", "2025-03", "2026-01", "2026-02", "2026-03"]) expect(monthlySpending(monthRows, month)).toEqual(monthlySpending(kronerRows, month));

  const accounts = (await stores.db().account.findMany({ where: { userId }, orderBy: { position: "asc" } })).map((account) => ({ id: account.id, balance: Number(account.balance), currencyCode: account.currencyCode }));
  // The overview's own window (from 2025-03-20: the first month's days inside it are added, the last
  // month is taken whole less the days after today), windows whose first month is taken whole less
  // the days before them (from the 5th) or read by its single last day (from the 31st), or whole
  // (from the 1st).
  // A day early in a month as today (the last month's days are read one by one) and a window within one month.
  for (const [month, includeTransfers, from, today] of [
    ["2026-03", false, undefined, TODAY],
    ["2026-02", true, undefined, TODAY],
    ["2026-03", true, "2025-03-05", TODAY],
    ["2026-03", false, "2025-03-31", TODAY],
    ["2026-03", true, "2025-03-01", "2026-03-05"],
    ["2026-03", false, "2026-03-02", "2026-03-05"],
  ] as const) {
    const window = overviewWindow(today, month);
    const start = from ?? window.balanceFrom;
    const { totals, snapshots } = await stores.readOverviewTotals(userId, overviewTotalsRanges(today, month, start), includeTransfers);
    const rowsFrom = [window.rowsFrom, start].sort()[0]!;
    const fromRows = computeDashboardSeries({ rows: (await stores.insightRows(userId, rowsFrom)).filter((row) => kroner.has(row.accountId)), accounts, snapshots, today, month, from: start, to: window.to, options: { includeTransfers } });
    expect(seriesFromTotals({ totals, accounts, snapshots, today, month, from: start, to: window.to })).toEqual(fromRows);
  }
}

describe("per-day totals", () => {
  it("equal a recomputation from the rows after any writes, and give the same series", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), async (steps) => {
        const { db } = stores;
        const user = await db().user.create({ data: {} });
        const accounts: string[] = [];
        // A currency account beside the kroner one: its rows are in euro cents and stay out of every kroner figure.
        for (const [position, [number, currencyCode]] of [["1111.22.33333", "NOK"], ["4444.55.66666", "EUR"]].entries()) {
          const account = await db().account.create({
            data: { userId: user.id, bankKey: `k${position}`, accountNumber: number!, name: `Konto ${position}`, type: "CHECKING", currencyCode: currencyCode!, balance: 100_000n, availableBalance: 0n, syncedAt: new Date(), position },
          });
          accounts.push(account.id);
        }
        for (const step of steps) await run(user.id, accounts, step);
        await checkEqual(user.id);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 20) },
    );
  }, 120_000);
});
