import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generateLedger } from "../../sandbox/data";
import { startHarness, type Harness } from "../../test-support/bank-harness";
import { loginAs } from "../../test-support/saldo-login";
import { expireStoredAccessToken, lastRun, liftBackoff, storeSnapshot } from "../../test-support/store-snapshot";
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
      expect(stored?.balance).toBe(account.balanceOre);
      expect(stored?.availableBalance).toBe(account.availableBalanceOre);
    }
    const before = await storeSnapshot(userId);
    // A new login is a new token family: the bank's row ids all change. Nothing may double.
    await loginAs(harness, "ola");
    const outcome = await runSync(userId, "manual");
    const after = await storeSnapshot(userId);
    expect(after.transactions.filter((row) => row.includes("|BOOKED|"))).toEqual(before.transactions.filter((row) => row.includes("|BOOKED|")));
    expect(outcome.inserted).toBe(after.transactions.filter((row) => row.includes("|PENDING|")).length);
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

  it("takes a balance snapshot per account per sync", async () => {
    const accounts = await db().account.count({ where: { userId } });
    const before = await db().balanceSnapshot.count();
    await runSync(userId, "cron");
    expect(await db().balanceSnapshot.count()).toBe(before + accounts);
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
      expect(await storeSnapshot(userId)).toEqual(before);
      // Cached dashboard series stay valid: nothing was written.
      expect(await syncedDataVersion(userId)).toBe(versionBefore);
      const run = await lastRun(userId);
      expect(run).toMatchObject({ status: "failed", errorCode: fault.code });
      const status = await syncStatus(userId);
      expect(status.lastRun?.status).toBe("failed");
      await liftBackoff();
      await expect(runSync(userId, "manual")).resolves.toMatchObject({ status: "success" });
      expect(await syncedDataVersion(userId)).not.toBe(versionBefore);
    });
  }

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
    process.env.SALDO_MIN_SYNC_SECONDS = "0";
    await db().syncState.update({ where: { userId }, data: { lastAttemptAt: new Date() } });
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
