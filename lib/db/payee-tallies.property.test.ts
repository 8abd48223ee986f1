// The payee tallies equal the rows, and series detection over the rows they select equals detection
// over every row, as a property: after any sequence of sync writes (inserts, updates that change
// texts, amounts and days, deletions), rows written by other means, owner corrections (merchant,
// excluded) and rules added and removed; and so do the per-day nets the forecast reads instead of
// the rows. Real libSQL file, real stores.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { effectiveRecurringRow } from "../corrections/effective-recurring-row";
import type { BankTransactionData } from "../domain/types";
import { addDays } from "../dates/oslo-date";
import { dailyNetOf, type DailyNet } from "../forecast/daily-net";
import { forecastBalances } from "../forecast/forecast-balances";
import { detectSeries } from "../recurring/detect-series";
import { livePayees } from "../recurring/live-payees";
import { payeeText } from "../recurring/payee-key";
import type { RecurringRow } from "../recurring/types";
import { adoptImported } from "../sync/match-rows";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "saldo-payee-tallies-"));
Object.assign(process.env, { SALDO_DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, "saldo.db")}` });

let stores: {
  db: typeof import("./client").db;
  writeLedger: typeof import("./ledger-store").writeLedger;
  saveCorrection: typeof import("./correction-store").saveCorrection;
  createRule: typeof import("./rule-store").createRule;
  deleteRule: typeof import("./rule-store").deleteRule;
  recurringRows: typeof import("./recurring-reads").recurringRows;
  seriesInputs: typeof import("./recurring-reads").seriesInputs;
};

beforeAll(async () => {
  const { applyMigrations } = await import("./migrations");
  await applyMigrations({ url: process.env.DATABASE_URL! });
  const [client, ledger, correction, rule, reads] = await Promise.all([import("./client"), import("./ledger-store"), import("./correction-store"), import("./rule-store"), import("./recurring-reads")]);
  stores = { db: client.db, writeLedger: ledger.writeLedger, saveCorrection: correction.saveCorrection, createRule: rule.createRule, deleteRule: rule.deleteRule, recurringRows: reads.recurringRows, seriesInputs: reads.seriesInputs };
});

const TODAY = "2026-03-20";
// Monthly and weekly dates, so series form, and a few that put two charges on one day.
const DAYS = ["2025-10-01", "2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01", "2026-03-08", "2026-03-15", "2026-02-22", "2026-03-02", "2026-03-22"];
const PAYEES = [
  { description: "NETFLIX.COM 12.03", merchantName: "Netflix" },
  { description: "VISA VARE 1234 NETFLIX COM" },
  { description: "SPOTIFY AB" , merchantName: "Spotify" },
  { description: "Husleie mars", remoteAccountNumber: "1234.56.78901" },
  { description: "Lønn", remoteAccountNumber: "9999.88.77777" },
  { description: "KIWI 505 STORO", merchantName: "KIWI" },
  { description: "1234 5678" },
  // A card hold under text of its own (a word made from the row's serial): it names no payee.
  { description: "VISA VARE 4321 KORT", ownWord: true },
];

// One row in five pending: a card hold, perhaps under text no other row has (the forecast may take it for a series' charge).
const rowSpec = fc.record({ day: fc.nat(DAYS.length - 1), payee: fc.nat(PAYEES.length - 1), amount: fc.constantFrom(-9900, -9900, -10_900, 2_500_000, 0), pending: fc.constantFrom(false, false, false, false, true) });
type RowSpec = typeof rowSpec extends fc.Arbitrary<infer T> ? T : never;
/** One payee charged on the six monthly days: a series, unless something joins it with a payee that has two charges on one day. */
const monthly = fc.record({ payee: fc.nat(PAYEES.length - 1), amount: fc.constantFrom(-9900, 2_500_000) }).map(({ payee, amount }) => Array.from({ length: 6 }, (_, day) => ({ day, payee, amount, pending: false })));
/** One payee charged weekly up to 15 March, perhaps with its next charge held ahead under text of its own (the last payee). */
const weekly = fc.record({ payee: fc.nat(PAYEES.length - 2), amount: fc.constantFrom(-9900, -10_900), held: fc.boolean() }).map(({ payee, amount, held }): RowSpec[] => [
  ...[8, 5, 6, 7].map((day) => ({ day, payee, amount, pending: false })),
  ...(held ? [{ day: DAYS.indexOf("2026-03-22"), payee: PAYEES.length - 1, amount: -9900 as const, pending: true }] : []),
]);

type Action =
  | { kind: "sync"; account: 0 | 1; inserts: RowSpec[]; deletes: number[]; updates: { pick: number; row: RowSpec }[] }
  | { kind: "raw"; account: 0 | 1; rows: RowSpec[] }
  | { kind: "correct"; pick: number; merchant: string | null; excluded: boolean | null; transfer: boolean | null }
  | { kind: "rule"; text: string; merchant: string; exclude: boolean }
  | { kind: "unrule"; pick: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("sync" as const), account: fc.constantFrom<0 | 1>(0, 1), inserts: fc.oneof(fc.array(rowSpec, { maxLength: 8 }), monthly, weekly), deletes: fc.array(fc.nat(), { maxLength: 2 }), updates: fc.array(fc.record({ pick: fc.nat(), row: rowSpec }), { maxLength: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("raw" as const), account: fc.constantFrom<0 | 1>(0, 1), rows: fc.array(rowSpec, { minLength: 1, maxLength: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("correct" as const), pick: fc.nat(), merchant: fc.option(fc.constantFrom("Netflix", "Kiwi")), excluded: fc.option(fc.boolean()), transfer: fc.option(fc.boolean()) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("rule" as const), text: fc.constantFrom("netflix", "kiwi", "1234"), merchant: fc.constantFrom("Netflix", "Spotify"), exclude: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("unrule" as const), pick: fc.nat() }) },
);

let serial = 0;
function bankRow(spec: RowSpec): BankTransactionData {
  const { ownWord, ...named } = { ownWord: false, ...PAYEES[spec.payee]! };
  serial += 1;
  const payee = ownWord ? { ...named, description: `${named.description} ${serial.toString(26).replace(/\d/g, (digit) => "qrstuvwxyz"[Number(digit)]!)}` } : named;
  return {
    accountNumber: "x",
    status: spec.pending ? "PENDING" : "BOOKED",
    bookingDate: DAYS[spec.day]!,
    amount: spec.amount,
    currencyCode: "NOK",
    rawDescription: `${payee.description} ${serial}`,
    ...payee,
    recurring: spec.payee === 3,
    subscription: spec.payee < 3,
  };
}

async function run(userId: string, accounts: string[], step: Action) {
  const { db } = stores;
  switch (step.kind) {
    case "sync": {
      const runId = (await db().syncRun.create({ data: { userId, trigger: "manual", status: "running" } })).id;
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
              return { updates: [...new Map(updates.map((update) => [update.id, update])).values()], inserts: step.inserts.map(bankRow), deletes };
            },
            adoptImported,
          },
        ],
        run: { status: "success", warnings: [], bankCalls: 1, markSuccess: true },
      });
      return;
    }
    case "raw": {
      // Written by other means (a hand edit, a bench's seeding): no writer's transaction, no payeeText.
      await db().transaction.createMany({
        data: step.rows.map(bankRow).map((row) => ({
          userId,
          accountId: accounts[step.account]!,
          status: row.status,
          bookingDate: row.bookingDate,
          amount: BigInt(row.amount),
          currencyCode: row.currencyCode,
          rawDescription: row.rawDescription,
          description: row.description,
          merchantName: row.merchantName ?? null,
          remoteAccountNumber: row.remoteAccountNumber ?? null,
          subscription: row.subscription ?? false,
          syncedAt: new Date(),
        })),
      });
      return;
    }
    case "correct": {
      const rows = await db().transaction.findMany({ where: { userId }, orderBy: { id: "asc" }, select: { id: true } });
      const row = rows[step.pick % Math.max(1, rows.length)];
      if (!row) return;
      await stores.saveCorrection(userId, row.id, { category: null, merchantName: step.merchant, isTransfer: step.transfer, excluded: step.excluded, note: null, tags: [], splits: [] });
      return;
    }
    case "rule":
      await stores.createRule(userId, { name: `rule ${step.text}`, conditions: { descriptionContains: step.text }, actions: { renameMerchant: step.merchant, ...(step.exclude ? { exclude: true } : {}) } });
      return;
    case "unrule": {
      const rules = await db().rule.findMany({ where: { userId }, orderBy: { id: "asc" } });
      const rule = rules[step.pick % Math.max(1, rules.length)];
      if (rule) await stores.deleteRule(userId, rule.id);
      return;
    }
  }
}

/** Every row of the user as detection saw them before the tallies: the reference. */
async function everyRow(userId: string): Promise<RecurringRow[]> {
  const rows = await stores.db().transaction.findMany({ where: { userId }, include: { effect: true }, orderBy: { bookingDate: "asc" } });
  return rows.flatMap((row) => effectiveRecurringRow({ ...row, amount: Number(row.amount), status: row.status === "PENDING" ? "PENDING" : "BOOKED" }, row.effect) ?? []);
}

const tallyKey = (row: RecurringRow) => JSON.stringify([row.accountId, row.amount > 0 ? "in" : "out", row.remoteAccountNumber, row.merchantName, payeeText(row.description)]);

async function check(userId: string, numbers: Map<string, string>) {
  const rows = await everyRow(userId);
  // The tallies a recount from the rows gives.
  const expected = new Map<string, { rows: number; days: Set<string> }>();
  for (const row of rows) {
    const k = tallyKey(row);
    const tally = expected.get(k) ?? { rows: 0, days: new Set() };
    if (row.amount !== 0) {
      tally.rows += 1;
      tally.days.add(row.bookingDate);
    }
    expected.set(k, tally);
  }
  const recounted = [...expected].map(([k, tally]) => {
    const [accountId, direction, remoteAccountNumber, merchantName, text] = JSON.parse(k) as [string, "in" | "out", string | null, string | null, string];
    return { k, accountId, direction, remoteAccountNumber, merchantName, payeeText: text, rows: tally.rows, days: tally.days.size };
  });
  for (const accountKey of [undefined, (accountId: string) => numbers.get(accountId) ?? accountId]) {
    const selected = await stores.recurringRows(userId, accountKey);
    expect(detectSeries(selected, TODAY, { accountKey })).toEqual(detectSeries(rows, TODAY, { accountKey }));
    // Exactly the rows of the live payees: what SQL leaves out before livePayees is never live.
    const live = new Set(livePayees(recounted, accountKey).map((tally) => tally.k));
    expect(selected.map((row) => row.id).sort()).toEqual(rows.filter((row) => live.has(tallyKey(row))).map((row) => row.id).sort());
  }
  // The tallies (brought up to date by the reads above) equal the recount.
  const stored = await stores.db().payeeTally.findMany({ where: { userId } });
  expect(new Map(stored.map((tally) => [JSON.stringify([tally.accountId, tally.direction, tally.remoteAccountNumber, tally.merchantName, tally.payeeText]), { rows: tally.rows, days: tally.days }]))).toEqual(
    new Map([...expected].map(([k, tally]) => [k, { rows: tally.rows, days: tally.days.size }])),
  );
  expect(await stores.db().payeeDirty.count()).toBe(0);
  // The candidate flag is kept: a tally that has a payee key and two charges on one day among three
  // or more is never a candidate (the reads above would pass with every flag left at its default).
  for (const tally of stored) {
    const keyed = /[0-9]/.test(tally.remoteAccountNumber ?? "") || /[A-Za-z0-9]/.test(tally.merchantName ?? "") || tally.payeeText !== "";
    if (keyed && tally.rows > tally.days && tally.rows >= 3) expect(tally.candidate).toBe(false);
  }

  // The forecast's per-day nets, read from the per-day totals, equal a recount from the rows, so the
  // forecast made from what seriesInputs reads equals the one made from every row.
  const netsFrom = addDays(TODAY, -91);
  const inputs = await stores.seriesInputs(userId, netsFrom);
  const nonZero = (nets: readonly DailyNet[]) => new Map(nets.filter((net) => net.net !== 0).map((net) => [`${net.accountId} ${net.day}`, net.net]));
  expect(nonZero(inputs.dailyNet)).toEqual(nonZero(dailyNetOf(rows.filter((row) => row.bookingDate >= netsFrom))));
  const accounts = [...numbers.keys()].map((id) => ({ id, balance: 100_000, currencyCode: "NOK", creditLimit: 0 }));
  const pendingFrom = addDays(TODAY, -45);
  expect(forecastBalances({ rows: inputs.seriesRows, dailyNet: inputs.dailyNet, series: detectSeries(inputs.seriesRows, TODAY), accounts, today: TODAY, pendingFrom })).toEqual(
    forecastBalances({ rows, dailyNet: dailyNetOf(rows), series: detectSeries(rows, TODAY), accounts, today: TODAY, pendingFrom }),
  );
}

describe("payee tallies", () => {
  it("equal a recount from the rows after any writes, and detection over the rows they select equals detection over every row", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), fc.boolean(), async (steps, readBetween) => {
        const { db } = stores;
        const user = await db().user.create({ data: {} });
        const accounts: string[] = [];
        const numbers = new Map<string, string>();
        for (const [position, number] of ["1111.22.33333", "4444.55.66666"].entries()) {
          const account = await db().account.create({
            data: { userId: user.id, bankKey: `k${position}`, accountNumber: number, name: `Konto ${position}`, type: "CHECKING", currencyCode: "NOK", balance: 100_000n, availableBalance: 0n, syncedAt: new Date(), position },
          });
          accounts.push(account.id);
          numbers.set(account.id, number);
        }
        for (const step of steps) {
          await run(user.id, accounts, step);
          // Reading between writes leaves filled-in texts and tallies that later writes must correct.
          if (readBetween) await stores.recurringRows(user.id);
        }
        await check(user.id, numbers);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 25) },
    );
  }, 180_000);
});
