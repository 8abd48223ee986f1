import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { useTempDatabase } from "../../test-support/temp-database";
import { unreadAlertCount } from "./alert-store";
import { batchedRead } from "./batched-read";
import { budgetPlans } from "./budget-store";
import { db, sql } from "./client";
import { accountsForUser } from "./dashboard-reads";
import { withNumbers } from "./money-numbers";
import { reconciliationInputs } from "./reconciliation-reads";
import { seriesChoices } from "./series-choices";
import { categoryOptions } from "./insight-reads";
import { groupCategoryOptions } from "../corrections/category-options";
import { renderedSyncState } from "./sync-runs";

beforeAll(async () => {
  await useTempDatabase();
  const syncedAt = new Date("2026-11-30T08:41:07.123Z");
  await db().user.create({ data: { id: "u1" } });
  await db().user.create({ data: { id: "u2" } });
  await db().account.createMany({
    data: [
      { id: "a2", userId: "u1", bankKey: "k2", accountNumber: "2", name: "Sparekonto", type: "SAVINGS", currencyCode: "NOK", balance: 9_007_199_254_740_000n, availableBalance: 0, isSavings: true, position: 1, syncedAt, backfillDone: true, reconcileFrom: "2026-01-01", reconcileBase: -125n },
      { id: "a1", userId: "u1", bankKey: "k1", accountNumber: "1", iban: "NO93", name: "Brukskonto", description: "Felles", type: "STANDARD", productType: "BSU", currencyCode: "NOK", balance: -1_234_56n, availableBalance: 50_000n, creditLimit: 10_000n, ownerName: "Kari", position: 0, syncedAt, syncedThrough: "2026-11-29", backfilledFrom: "2023-11-30" },
      { id: "b1", userId: "u2", bankKey: "k3", accountNumber: "3", name: "Annen", type: "STANDARD", currencyCode: "NOK", balance: 1n, availableBalance: 1n, syncedAt },
    ],
  });
  await db().budget.createMany({
    data: [
      { userId: "u1", category: "GROCERIES", subCategory: "", amount: 600_000n, rollover: true, since: "2026-01" },
      { userId: "u1", category: "FOOD_AND_DRINK", subCategory: "CANTEEN", amount: 80_000n, since: "2026-03" },
      { userId: "u1", category: "FOOD_AND_DRINK", subCategory: "", amount: 150_000n, since: "2026-02" },
    ],
  });
  await db().seriesChoice.createMany({
    data: [
      { userId: "u1", seriesKey: "s1", status: "CONFIRMED", name: "Strøm" },
      { userId: "u1", seriesKey: "s2", status: "DISMISSED" },
      { userId: "u1", seriesKey: "s3", status: null, name: "Renamed only" },
    ],
  });
  await db().alert.createMany({
    data: [
      { userId: "u1", kind: "budget", key: "k1", params: "{}", link: "/budgets" },
      { userId: "u1", kind: "budget", key: "k2", params: "{}", link: "/budgets", readAt: new Date() },
      { userId: "u1", kind: "budget", key: "k3", params: "{}", link: "/budgets" },
      { userId: "u2", kind: "budget", key: "k1", params: "{}", link: "/budgets" },
    ],
  });
  await db().balanceSnapshot.createMany({
    data: [
      { accountId: "a1", takenAt: syncedAt, date: "2026-11-29", balance: -100n, availableBalance: 0n, ledgerSum: -100n },
      { accountId: "a1", takenAt: syncedAt, date: "2026-11-27", balance: 250n, availableBalance: 0n },
      { accountId: "a2", takenAt: syncedAt, date: "2026-11-28", balance: 7n, availableBalance: 7n, ledgerSum: 7n },
      { accountId: "b1", takenAt: syncedAt, date: "2026-11-28", balance: 1n, availableBalance: 1n },
    ],
  });
  const categorised = [
    ["FOOD_AND_DRINK", "Mat og drikke", "CANTEEN", "Kantine og lunsj"],
    ["FOOD_AND_DRINK", "Mat og drikke", null, null],
    ["GROCERIES", "Dagligvarer", null, null],
    ["GROCERIES", "Dagligvarer", null, null],
    ["TRANSPORT", "Transport", "FUEL", "Drivstoff"],
    [null, null, null, null],
  ] as const;
  await db().transaction.createMany({
    data: categorised.map(([categoryMain, categoryMainLabel, categorySub, categorySubLabel], index) => ({
      userId: "u1", accountId: index % 2 ? "a1" : "a2", rawDescription: `Row ${index}`, status: "BOOKED", bookingDate: "2026-11-0" + (index + 1),
      amount: -100, currencyCode: "NOK", description: `Row ${index}`, syncedAt, categoryMain, categoryMainLabel, categorySub, categorySubLabel,
    })),
  });
  await db().syncState.create({ data: { userId: "u1", dataVersion: "v-42", leaseUntil: new Date("2026-11-30T09:00:00.5Z"), leaseOwner: "o" } });
});

afterEach(() => vi.restoreAllMocks());

describe("batchedRead", () => {
  it("sends the reads asked for in one turn as one batch, and gives each caller its own answers", async () => {
    const batch = vi.spyOn(sql(), "batch");
    const [one, two, three] = await Promise.all([
      batchedRead([`SELECT 1 AS "n"`, `SELECT 2 AS "n"`]),
      batchedRead([{ sql: `SELECT COUNT(*) AS "n" FROM "Account" WHERE "userId" = ?`, args: ["u1"] }]),
      // Asked for after an await that had already settled: still the same turn.
      Promise.resolve().then(() => batchedRead([`SELECT 'three' AS "n"`])),
    ]);
    expect(batch).toHaveBeenCalledTimes(1);
    expect(batch.mock.calls[0]![0]).toHaveLength(4);
    expect(one.map((result) => result.rows[0]!.n)).toEqual([1, 2]);
    expect(two[0]!.rows[0]!.n).toBe(2);
    expect(three[0]!.rows[0]!.n).toBe("three");
  });

  it("sends a statement two callers ask for in one turn once, and gives both its answer", async () => {
    const batch = vi.spyOn(sql(), "batch");
    const accounts = { sql: `SELECT "id" FROM "Account" WHERE "userId" = ? ORDER BY "id"`, args: ["u1"] };
    const [overview, balances, other] = await Promise.all([
      batchedRead([`SELECT 1 AS "n"`, accounts]),
      batchedRead([{ ...accounts, args: ["u1"] }, `SELECT 1 AS "n"`]),
      batchedRead([{ ...accounts, args: ["u2"] }]),
    ]);
    expect(batch).toHaveBeenCalledTimes(1);
    expect(batch.mock.calls[0]![0]).toHaveLength(3);
    expect(overview.map((result) => result.rows.map((row) => Object.values(row)[0]))).toEqual([[1], ["a1", "a2"]]);
    expect(balances.map((result) => result.rows.map((row) => Object.values(row)[0]))).toEqual([["a1", "a2"], [1]]);
    expect(other[0]!.rows.map((row) => row.id)).toEqual(["b1"]);
  });

  it("fails only the caller whose read is bad", async () => {
    const [good, bad, alsoGood] = await Promise.allSettled([
      batchedRead([`SELECT 1 AS "n"`]),
      batchedRead([`SELECT "nope" FROM "NoSuchTable"`]),
      batchedRead([`SELECT 3 AS "n"`]),
    ]);
    expect(good.status === "fulfilled" && good.value[0]!.rows[0]!.n).toBe(1);
    expect(bad.status).toBe("rejected");
    expect(alsoGood.status === "fulfilled" && alsoGood.value[0]!.rows[0]!.n).toBe(3);
  });

  it("does not hold a read for a later turn", async () => {
    const batch = vi.spyOn(sql(), "batch");
    await batchedRead([`SELECT 1`]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await batchedRead([`SELECT 2`]);
    expect(batch).toHaveBeenCalledTimes(2);
  });
});

// The page's reads moved from Prisma to batched SQL: they must answer exactly what Prisma answers.
describe("the page reads answer what Prisma answers", () => {
  it("accounts, in position order, with money as numbers and flags as booleans", async () => {
    const prisma = (await db().account.findMany({ where: { userId: "u1" }, orderBy: { position: "asc" } })).map(withNumbers);
    expect(await accountsForUser("u1")).toEqual(prisma);
    expect((await accountsForUser("u1")).map((account) => account.id)).toEqual(["a1", "a2"]);
  });

  it("budgets, sorted by category and sub-category", async () => {
    const prisma = await db().budget.findMany({ where: { userId: "u1" }, orderBy: [{ category: "asc" }, { subCategory: "asc" }] });
    expect(await budgetPlans("u1")).toEqual(
      prisma.map((row) => ({ category: row.category, sub: row.subCategory === "" ? null : row.subCategory, amount: Number(row.amount), rollover: row.rollover, since: row.since })),
    );
  });

  it("reconciliation inputs: each account's base and its snapshots, oldest first", async () => {
    const accounts = await db().account.findMany({ where: { userId: "u1" }, orderBy: { position: "asc" } });
    const snapshots = await db().balanceSnapshot.findMany({ where: { account: { userId: "u1" } }, orderBy: { date: "asc" } });
    expect(await reconciliationInputs("u1")).toEqual(
      accounts.map((account) => ({
        accountId: account.id,
        base: account.reconcileBase === null ? null : Number(account.reconcileBase),
        snapshots: snapshots
          .filter((snapshot) => snapshot.accountId === account.id)
          .map((snapshot) => ({ date: snapshot.date, balance: Number(snapshot.balance), ledgerSum: snapshot.ledgerSum === null ? null : Number(snapshot.ledgerSum) })),
      })),
    );
    expect((await reconciliationInputs("u1"))[0]!.snapshots.map((snapshot) => snapshot.date)).toEqual(["2026-11-27", "2026-11-29"]);
  });

  it("the categories a correction or rule may name", async () => {
    const groups = await db().transaction.groupBy({ by: ["categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel"], where: { userId: "u1", categoryMain: { not: null } }, _count: true });
    const options = await categoryOptions("u1");
    expect(options).toEqual(groupCategoryOptions(groups));
    expect(options.map((option) => [option.main, option.subs.map((sub) => sub.sub)])).toEqual([
      ["GROCERIES", []],
      ["FOOD_AND_DRINK", ["CANTEEN"]],
      ["TRANSPORT", ["FUEL"]],
    ]);
  });

  it("series choices, unread alerts and the sync state", async () => {
    expect(await seriesChoices("u1")).toEqual(
      expect.arrayContaining([
        { seriesKey: "s1", status: "CONFIRMED", name: "Strøm" },
        { seriesKey: "s2", status: "DISMISSED", name: null },
        { seriesKey: "s3", status: null, name: "Renamed only" },
      ]),
    );
    expect(await unreadAlertCount("u1")).toBe(await db().alert.count({ where: { userId: "u1", readAt: null } }));
    const state = await db().syncState.findUniqueOrThrow({ where: { userId: "u1" } });
    expect(await renderedSyncState("u1")).toEqual({ leaseUntil: state.leaseUntil, dataVersion: state.dataVersion });
    expect(await renderedSyncState("u2")).toBeNull();
  });
});
