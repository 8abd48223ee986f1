import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generateLedger } from "../../sandbox/data";
import { startHarness, type Harness } from "../../test-support/bank-harness";
import { loginAs } from "../../test-support/saldo-login";
import { balancesOnly, expireStoredAccessToken, lastRun, liftBackoff, storeSnapshot } from "../../test-support/store-snapshot";
import { db } from "../db/client";
import { syncedDataVersion } from "../db/sync-runs";
import { runSync } from "./run-sync";
import { syncStatus } from "./sync-status";

let harness: Harness;
let userId: string;

beforeAll(async () => {
  harness = await startHarness({ SALDO_RATE_BUDGET: "60", SB1_TIMEOUT_MS: "1500" });
  userId = await loginAs(harness, "ola");
  await runSync(userId, "login");
});
afterAll(async () => harness.close());
beforeEach(async () => {
  await harness.control.clearFaults();
  await harness.control.clearCalls();
  await db().upstreamCall.deleteMany();
  await liftBackoff();
});

describe("runSync", () => {
  it("makes exactly one accounts call and one transactions call for all accounts", async () => {
    const outcome = await runSync(userId, "manual");
    expect(outcome.status).toBe("success");
    expect(outcome.bankCalls).toBe(2);
    const calls = await harness.control.calls();
    expect(calls.map((call) => call.path)).toEqual(["/personal/banking/accounts", "/personal/banking/transactions/classified"]);
    const accounts = await db().account.count({ where: { userId } });
    const keys = new URLSearchParams(calls[1]!.query).getAll("accountKey");
    expect(keys).toHaveLength(accounts);
  });

  it("stores the sandbox's balances and its recent booked rows, deduplicated across syncs and logins", async () => {
    const ledger = generateLedger(1, "ola", Date.now());
    const accounts = await db().account.findMany({ where: { userId } });
    for (const account of ledger.accounts) {
      const stored = accounts.find((candidate) => candidate.accountNumber === account.accountNumber);
      expect(Number(stored?.balance)).toBe(account.balanceOre);
      expect(Number(stored?.availableBalance)).toBe(account.availableBalanceOre);
    }
    const before = await storeSnapshot(userId);
    // A new login is a new token family: the bank's row ids all change. Nothing may double.
    await loginAs(harness, "ola");
    const outcome = await runSync(userId, "manual");
    const after = await storeSnapshot(userId);
    // Every row keeps its identity (and id), pending ones too: nothing is deleted and added again.
    expect(after.transactions).toEqual(before.transactions);
    expect(outcome.inserted).toBe(0);
    const pendingInLedger = ledger.transactions.filter((row) => row.status === "PENDING").length;
    expect(after.transactions.filter((row) => row.includes("|PENDING|"))).toHaveLength(pendingInLedger);
  });

  it("marks transfers between the owner's own accounts", async () => {
    const transfers = await db().transaction.count({ where: { userId, isOwnTransfer: true } });
    const ledger = generateLedger(1, "ola", Date.now());
    const ownNumbers = new Set(ledger.accounts.map((account) => account.accountNumber));
    const stored = await db().transaction.findMany({ where: { userId }, select: { bookingDate: true } });
    const from = stored.map((row) => row.bookingDate).sort()[0]!;
    const expected = ledger.transactions.filter((row) => row.osloDate >= from && row.remoteAccountNumber && ownNumbers.has(row.remoteAccountNumber)).length;
    expect(transfers).toBe(expected);
    expect(transfers).toBeGreaterThan(0);
  });

  it("keeps one balance snapshot per account per day, the latest, with the stored booked sum", async () => {
    const accounts = await db().account.findMany({ where: { userId } });
    await runSync(userId, "cron");
    await runSync(userId, "cron");
    const snapshots = await db().balanceSnapshot.findMany({ where: { account: { userId } } });
    expect(snapshots).toHaveLength(accounts.length);
    for (const account of accounts) {
      const snapshot = snapshots.find((candidate) => candidate.accountId === account.id)!;
      const booked = await db().transaction.aggregate({ where: { accountId: account.id, status: "BOOKED", bookingDate: { gte: account.reconcileFrom! } }, _sum: { amount: true } });
      expect(snapshot.ledgerSum).toBe(booked._sum.amount ?? 0n);
      // The stored rows explain the bank's balance: nothing missing, nothing counted twice.
      expect(Number(snapshot.balance) - Number(snapshot.ledgerSum) - Number(account.reconcileBase)).toBe(0);
    }
  });
});

describe("upstream faults leave the store as it was and tell what happened", () => {
  const faults: { name: string; rules: Record<string, unknown>[]; code: string }[] = [
    { name: "500 on transactions", rules: [{ match: "/personal/banking/transactions", fault: "server-error", times: 1 }], code: "bank_unavailable" },
    { name: "malformed JSON on accounts", rules: [{ match: "/personal/banking/accounts", fault: "malformed-json", times: 1 }], code: "bank_bad_response" },
    { name: "hung connection on transactions", rules: [{ match: "/personal/banking/transactions", fault: "hang", times: 1 }], code: "bank_timeout" },
    { name: "429 with Retry-After", rules: [{ match: "/personal/banking/transactions", fault: "rate-limit", retryAfterSeconds: 120, times: 1 }], code: "bank_rate_limited" },
    { name: "429 without Retry-After", rules: [{ match: "/personal/banking/accounts", fault: "rate-limit-no-retry-after", times: 1 }], code: "bank_rate_limited" },
  ];

  for (const fault of faults) {
    it(fault.name, async () => {
      const before = await storeSnapshot(userId);
      const versionBefore = await syncedDataVersion(userId);
      expect(versionBefore).toMatch(/^[0-9a-f-]{36}$/);
      await harness.control.addFaults(fault.rules);
      await expect(runSync(userId, "manual")).rejects.toMatchObject({ code: fault.code });
      const after = await storeSnapshot(userId);
      expect(after.transactions).toEqual(before.transactions);
      expect(after.snapshots).toBe(before.snapshots);
      const accountsFailed = fault.rules.some((rule) => String(rule.match).includes("accounts"));
      if (accountsFailed) {
        // Nothing arrived, nothing was written: cached dashboard series stay valid.
        expect(after).toEqual(before);
        expect(await syncedDataVersion(userId)).toBe(versionBefore);
      } else {
        // The accounts answer arrived complete and is kept (same balances: the sandbox did not move).
        expect(balancesOnly(after)).toEqual(balancesOnly(before));
      }
      const run = await lastRun(userId);
      expect(run).toMatchObject({ status: "failed", errorCode: fault.code });
      const status = await syncStatus(userId);
      expect(status.lastRun?.status).toBe("failed");
      await liftBackoff();
      await expect(runSync(userId, "manual")).resolves.toMatchObject({ status: "success" });
      expect(await syncedDataVersion(userId)).not.toBe(versionBefore);
    });
  }

  it("keeps the accounts and balances of a first login when the transactions call is refused, and names no sync as done", async () => {
    const kari = await loginAs(harness, "kari");
    await harness.control.addFaults([{ match: "/personal/banking/transactions", fault: "rate-limit", retryAfterSeconds: 60, times: 1 }]);
    await expect(runSync(kari, "login")).rejects.toMatchObject({ code: "bank_rate_limited" });
    const ledger = generateLedger(1, "kari", Date.now());
    const accounts = await db().account.findMany({ where: { userId: kari } });
    expect(accounts.map((account) => [account.accountNumber, Number(account.balance)]).sort()).toEqual(
      ledger.accounts.map((account) => [account.accountNumber, account.balanceOre]).sort(),
    );
    expect(await db().transaction.count({ where: { userId: kari } })).toBe(0);
    expect((await syncStatus(kari)).lastSuccessAt).toBeNull();
    await liftBackoff();
    await expect(runSync(kari, "manual")).resolves.toMatchObject({ status: "success" });
    expect((await syncStatus(kari)).lastSuccessAt).not.toBeNull();
  });

  it("backs off for Retry-After, or an hour without it, and makes no call meanwhile", async () => {
    await harness.control.addFaults([{ match: "/personal/banking/accounts", fault: "rate-limit", retryAfterSeconds: 120, times: 1 }]);
    const started = Date.now();
    const error = (await runSync(userId, "manual").catch((caught: unknown) => caught)) as { retryAt: Date };
    expect(error.retryAt.getTime() - started).toBeGreaterThanOrEqual(119_000);
    expect(error.retryAt.getTime() - started).toBeLessThan(125_000);
    const callsAfter429 = (await harness.control.calls()).length;
    await expect(runSync(userId, "manual")).rejects.toMatchObject({ code: "bank_rate_limited" });
    expect((await harness.control.calls()).length).toBe(callsAfter429);
    expect((await syncStatus(userId)).backoffUntil).toBe(error.retryAt.toISOString());

    await liftBackoff();
    await harness.control.addFaults([{ match: "/personal/banking/accounts", fault: "rate-limit-no-retry-after", times: 1 }]);
    const hourError = (await runSync(userId, "manual").catch((caught: unknown) => caught)) as { retryAt: Date };
    expect(hourError.retryAt.getTime() - Date.now()).toBeGreaterThan(3_590_000);
  });

  it("stores a partial answer as partial, with the bank's warning, and keeps pending rows", async () => {
    const pendingBefore = await db().transaction.count({ where: { userId, status: "PENDING" } });
    await harness.control.addFaults([{ match: "/personal/banking/transactions", fault: "partial", times: 1 }]);
    const outcome = await runSync(userId, "manual");
    expect(outcome.status).toBe("partial");
    expect(outcome.warnings.join(" ")).toContain("CREDIT_ACCOUNTS_FAILED");
    expect(await db().transaction.count({ where: { userId, status: "PENDING" } })).toBe(pendingBefore);
    const status = await syncStatus(userId);
    expect(status.lastRun).toMatchObject({ status: "partial" });
    expect(status.lastRun?.warnings.join(" ")).toContain("CREDIT_ACCOUNTS_FAILED");
    await expect(runSync(userId, "manual")).resolves.toMatchObject({ status: "success" });
  });

  it("skips and reports rows the spec allows but a ledger cannot hold, and stores the rest", async () => {
    const before = await storeSnapshot(userId);
    await harness.control.addFaults([{ match: "/personal/banking/transactions", fault: "odd-rows", times: 1 }]);
    const outcome = await runSync(userId, "manual");
    expect(outcome.status).toBe("success");
    const skipped = outcome.warnings.filter((warning) => warning.includes("was skipped"));
    expect(skipped).toHaveLength(3);
    expect(skipped.join(" ")).toMatch(/no date.*no amount.*no transaction/s);
    expect((await storeSnapshot(userId)).transactions).toEqual(before.transactions);
    expect((await lastRun(userId))?.warnings).toContain("no amount");
  });

  it("reads the spec's plain-string errors on a partial answer and stores the rest as partial", async () => {
    await harness.control.addFaults([{ match: "/personal/banking/transactions", fault: "partial-recent", times: 1 }]);
    const outcome = await runSync(userId, "manual");
    expect(outcome).toMatchObject({ status: "partial" });
    expect(outcome.warnings.join(" ")).toContain("RECENT_TRANSACTIONS_FAILED");
    // Nothing was deleted on the strength of an incomplete answer.
    const pending = await db().transaction.count({ where: { userId, status: "PENDING" } });
    expect(pending).toBe(generateLedger(1, "ola", Date.now()).transactions.filter((row) => row.status === "PENDING").length);
  });

  it("still syncs through latency", async () => {
    await harness.control.addFaults([{ match: "*", fault: "latency", latencyMs: 300, times: 2 }]);
    await expect(runSync(userId, "manual")).resolves.toMatchObject({ status: "success" });
  });

  it("turns a dead refresh token into 'login needed' without touching the data", async () => {
    const before = await storeSnapshot(userId);
    await harness.control.addFaults([{ match: "/oauth/token", fault: "invalid-grant", times: 1 }]);
    await expireStoredAccessToken(userId);
    await expect(runSync(userId, "manual")).rejects.toMatchObject({ code: "login_needed" });
    expect(await storeSnapshot(userId)).toEqual(before);
    expect((await syncStatus(userId)).connection?.status).toBe("login_needed");
    await loginAs(harness, "ola");
    await expect(runSync(userId, "manual")).resolves.toMatchObject({ status: "success" });
  });
});

describe("refusals", () => {
  it("refuses a manual sync too soon after the last one, without calling the bank", async () => {
    await db().syncState.update({ where: { userId }, data: { lastAttemptAt: new Date() } });
    // The configuration is read once per process; the harness set SALDO_MIN_SYNC_SECONDS=0, so the
    // wait is raised on the cached configuration itself.
    const { appConfig } = await import("../config/app-config");
    const config = appConfig();
    const previous = config.sync.minSyncSeconds;
    config.sync.minSyncSeconds = 60;
    try {
      await expect(runSync(userId, "manual")).rejects.toMatchObject({ code: "too_early" });
      expect(await harness.control.calls()).toHaveLength(0);
    } finally {
      config.sync.minSyncSeconds = previous;
    }
  });

  it("refuses when the hourly budget is spent and says when the next slot frees", async () => {
    const { appConfig } = await import("../config/app-config");
    const config = appConfig();
    const now = Date.now();
    await db().upstreamCall.createMany({
      data: Array.from({ length: config.sync.rateBudgetPerHour }, (_, index) => ({ at: new Date(now - 50 * 60_000 + index * 1000), endpoint: "test" })),
    });
    const error = (await runSync(userId, "manual").catch((caught: unknown) => caught)) as { code: string; retryAt: Date };
    expect(error.code).toBe("rate_budget_exhausted");
    expect(Math.abs(error.retryAt.getTime() - (now + 10 * 60_000))).toBeLessThan(2000);
    expect(await harness.control.calls()).toHaveLength(0);
    const status = await syncStatus(userId);
    expect(status.budget.remaining).toBe(0);
  });
});

describe("login expiry warning", () => {
  it("warns from 14 days before the refresh token's idle or absolute expiry", async () => {
    const day = 86_400_000;
    await db().bankConnection.update({ where: { userId }, data: { refreshIdleExpiresAt: new Date(Date.now() + 20 * day), refreshAbsExpiresAt: new Date(Date.now() + 200 * day) } });
    expect((await syncStatus(userId)).connection).toMatchObject({ expiryWarning: false, loginExpiresInDays: 19 });
    await db().bankConnection.update({ where: { userId }, data: { refreshAbsExpiresAt: new Date(Date.now() + 10 * day + 1000) } });
    expect((await syncStatus(userId)).connection).toMatchObject({ expiryWarning: true, loginExpiresInDays: 10 });
  });
});
