// A year of the owner never opening Saldo: the sandbox bank's clock moves a day at a time and one
// cron sync runs each day. The login must live on refresh tokens alone up to the bank's absolute
// cap (no BankID), the renewal warning must show from 14 days before it, the ledger must still equal
// the sandbox's, and the tables must stay bounded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateLedger } from "../../sandbox/data";
import { startHarness, type Harness } from "../../test-support/bank-harness";
import { loginAs } from "../../test-support/saldo-login";
import { db } from "../db/client";
import { reconcileSnapshots } from "../db/ledger-store";
import { reconcileAccount } from "../reconciliation/reconcile-account";
import { syncStatus } from "./sync-status";
import { runBackfill } from "./run-backfill";
import { runSync } from "./run-sync";

const DAY_MS = 86_400_000;
const CAP_DAYS = 365;
let harness: Harness;
let epochMs: number;

beforeAll(async () => {
  epochMs = Date.now() - CAP_DAYS * DAY_MS;
  harness = await startHarness({ SALDO_RATE_BUDGET: "60", SALDO_BACKFILL_DAYS: "1500" }, { drift: true, driftEpochMs: epochMs });
  await harness.control.setClock(epochMs, epochMs);
});
afterAll(async () => harness.close());

describe("a simulated year of daily cron syncs", () => {
  it("keeps the login to the bank's absolute cap, warns 14 days before, and ends with the bank's ledger in bounded tables", { timeout: 600_000 }, async () => {
    const userId = await loginAs(harness, "ola");
    const warnings: { day: number; warning: boolean; days: number | null }[] = [];
    let lastNowMs = epochMs;
    for (let day = 0; day < CAP_DAYS; day++) {
      const { nowMs } = await harness.control.clock();
      lastNowMs = nowMs;
      // The budget counts calls in real time: a simulated day is well over its hour.
      await db().upstreamCall.deleteMany();
      const outcome = await runSync(userId, "cron", { now: new Date(nowMs) });
      expect(outcome.mismatched, `day ${day}`).toEqual([]);
      await runBackfill(userId, { now: new Date(nowMs), reserve: 0 });
      const connection = (await syncStatus(userId)).connection!;
      expect(connection.status, `day ${day}`).toBe("active");
      warnings.push({ day, warning: connection.expiryWarning, days: connection.loginExpiresInDays });
      await harness.control.advanceClock(DAY_MS);
    }

    // No new BankID login all year: one authorization code, the rest refresh tokens.
    const grants = (await harness.control.calls()).map((call) => call.grantType).filter(Boolean);
    expect(grants.filter((grant) => grant === "authorization_code")).toHaveLength(1);
    // The renewal warning: never before the last 14 days, every day within them.
    expect(warnings.filter((entry) => entry.warning).map((entry) => entry.day)).toEqual(warnings.filter((entry) => entry.days! <= 14).map((entry) => entry.day));
    expect(warnings.filter((entry) => entry.day < CAP_DAYS - 16).every((entry) => !entry.warning)).toBe(true);
    expect(warnings.filter((entry) => entry.day >= CAP_DAYS - 13).every((entry) => entry.warning)).toBe(true);

    // The ledger equals the sandbox's, every account, to the øre.
    const ledger = generateLedger(1, "ola", lastNowMs, { drift: true, epochMs });
    const accounts = await db().account.findMany({ where: { userId } });
    expect(accounts).toHaveLength(ledger.accounts.length);
    for (const bankAccount of ledger.accounts) {
      const account = accounts.find((candidate) => candidate.accountNumber === bankAccount.accountNumber)!;
      const sums = await db().transaction.aggregate({ where: { accountId: account.id, status: "BOOKED" }, _count: true, _sum: { amount: true } });
      const booked = ledger.transactions.filter((row) => row.accountNumber === bankAccount.accountNumber && row.status === "BOOKED");
      expect({ account: bankAccount.name, count: sums._count, sum: Number(sums._sum.amount ?? 0) }).toEqual({
        account: bankAccount.name,
        count: booked.length,
        sum: booked.reduce((sum, row) => sum + row.amountOre, 0),
      });
      expect(Number(account.balance)).toBe(bankAccount.balanceOre);
      expect(reconcileAccount(Number(account.reconcileBase), await reconcileSnapshots(account.id)).state).toBe("matches");
    }

    // Bounded: one snapshot per account per day, the run history capped, the call log pruned.
    const snapshots = await db().balanceSnapshot.count();
    expect(snapshots).toBeLessThanOrEqual(accounts.length * CAP_DAYS);
    expect(await db().syncRun.count({ where: { userId } })).toBeLessThanOrEqual(200);
    const sizes = { transactions: await db().transaction.count(), snapshots, syncRuns: await db().syncRun.count(), upstreamCalls: await db().upstreamCall.count() };
    console.info(`[simulated year] ${JSON.stringify(sizes)}`);

    // Day 365: the absolute cap. The refresh token is dead; Saldo asks for BankID, keeps the data.
    const { nowMs } = await harness.control.clock();
    await expect(runSync(userId, "cron", { now: new Date(nowMs) })).rejects.toMatchObject({ code: "login_needed" });
    expect((await syncStatus(userId)).connection?.status).toBe("login_needed");
    expect(await db().transaction.count()).toBe(sizes.transactions);
  });
});
