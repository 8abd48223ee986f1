import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateLedger, ledgerStartDate } from "../../sandbox/data";
import { startHarness, type Harness } from "../../test-support/bank-harness";
import { loginAs } from "../../test-support/saldo-login";
import { db } from "../db/client";
import { runBackfill } from "./run-backfill";
import { runSync } from "./run-sync";

let harness: Harness;
const BUDGET = 50;

beforeAll(async () => {
  // Deep enough to reach the start of the sandbox's history (three years and a bit).
  harness = await startHarness({ SALDO_RATE_BUDGET: String(BUDGET), SALDO_BACKFILL_DAYS: "1500" });
});
afterAll(async () => harness.close());

describe("backfill", () => {
  it("walks the whole history within the budget and ends with exactly the sandbox's booked rows", async () => {
    const userId = await loginAs(harness, "kari");
    await runSync(userId, "login");
    // Resumable: two steps now, the rest later, as if the budget or the process had stopped it.
    const first = await runBackfill(userId, { maxSteps: 2 });
    expect(first).toMatchObject({ steps: 2, done: false, stoppedBy: "step limit" });
    let rounds = 0;
    let outcome = await runBackfill(userId);
    while (!outcome.done && rounds < 5) {
      rounds += 1;
      outcome = await runBackfill(userId);
    }
    expect(outcome.done).toBe(true);

    const calls = await harness.control.calls();
    const hour = 3_600_000;
    for (const call of calls) {
      expect(calls.filter((other) => other.at > call.at - hour && other.at <= call.at).length).toBeLessThanOrEqual(BUDGET);
    }
    expect(calls.every((call) => call.status !== 429)).toBe(true);

    const ledger = generateLedger(1, "kari", Date.now());
    const accounts = await db().account.findMany({ where: { userId } });
    for (const account of accounts) expect(account.backfilledFrom! <= ledgerStartDate(Date.now())).toBe(true);
    for (const account of ledger.accounts) {
      const stored = accounts.find((candidate) => candidate.accountNumber === account.accountNumber)!;
      const booked = ledger.transactions.filter((row) => row.accountNumber === account.accountNumber && row.status === "BOOKED");
      const aggregate = await db().transaction.aggregate({
        where: { accountId: stored.id, status: "BOOKED" },
        _count: true,
        _sum: { amount: true },
      });
      expect({ account: account.accountNumber, count: aggregate._count, sum: Number(aggregate._sum.amount ?? 0) }).toEqual({
        account: account.accountNumber,
        count: booked.length,
        sum: booked.reduce((sum, row) => sum + row.amountOre, 0),
      });
    }
  });

  it("stops before eating the calls kept for interactive syncs", async () => {
    const userId = (await db().user.findFirstOrThrow()).id;
    await db().account.updateMany({ where: { userId }, data: { backfillDone: false, backfilledFrom: new Date().toISOString().slice(0, 10) } });
    const now = Date.now();
    await db().upstreamCall.createMany({
      data: Array.from({ length: BUDGET - 11 }, (_, index) => ({ at: new Date(now - 1000 - index), endpoint: "test" })),
    });
    const before = (await harness.control.calls()).length;
    const outcome = await runBackfill(userId);
    expect(outcome).toMatchObject({ steps: 0, done: false, stoppedBy: "rate budget" });
    expect((await harness.control.calls()).length).toBe(before);
  });
});
