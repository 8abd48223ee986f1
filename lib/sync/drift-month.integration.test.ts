// A month of the sandbox bank's drift, one sync a day, against Saldo's real engine over real HTTP:
// texts gain suffixes, pending card rows are booked under new text and ids, the credit card answers
// CREDIT_ACCOUNTS_FAILED for days, and an account with years of history appears on day 3. At the
// end every account's stored ledger equals the sandbox's own, and the bank's balances are explained.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateLedger } from "../../sandbox/data";
import { startHarness, type Harness } from "../../test-support/bank-harness";
import { loginAs } from "../../test-support/saldo-login";
import { db } from "../db/client";
import { reconcileSnapshots } from "../db/ledger-store";
import { reconcileAccount } from "../reconciliation/reconcile-account";
import { runBackfill } from "./run-backfill";
import { runSync } from "./run-sync";

const DAY_MS = 86_400_000;
const DAYS = 30;
let harness: Harness;
let epochMs: number;

beforeAll(async () => {
  epochMs = Date.now() - DAYS * DAY_MS;
  harness = await startHarness({ SALDO_RATE_BUDGET: "60", SALDO_BACKFILL_DAYS: "1500" }, { drift: true, driftEpochMs: epochMs });
  await harness.control.setClock(epochMs, epochMs);
});
afterAll(async () => harness.close());

const osloDay = (ms: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(new Date(ms));

describe("a month of bank drift", () => {
  it("ends with every account's ledger equal to the bank's, to the øre, and every balance explained", { timeout: 240_000 }, async () => {
    const userId = await loginAs(harness, "kari");
    const statuses: string[] = [];
    const seenIds = new Set<string>();
    for (let day = 0; day <= DAYS; day++) {
      const { nowMs } = await harness.control.clock();
      // A new simulated day: the budget's hour has long passed (Saldo counts its calls in real time).
      await db().upstreamCall.deleteMany();
      const outcome = await runSync(userId, day === 0 ? "login" : "cron", { now: new Date(nowMs) });
      statuses.push(outcome.status);
      expect(outcome.mismatched).toEqual([]);
      await runBackfill(userId, { now: new Date(nowMs), reserve: 0 });
      for (const row of await db().transaction.findMany({ where: { userId, bookingDate: { gte: osloDay(nowMs - 12 * DAY_MS) } }, select: { id: true } })) seenIds.add(row.id);
      if (day < DAYS) await harness.control.advanceClock(DAY_MS);
    }
    // The card's failing stretch showed as partial syncs, and the engine moved on after it.
    expect(statuses.filter((status) => status === "partial").length).toBeGreaterThanOrEqual(3);
    expect(statuses.at(-1)).toBe("success");
    // The sandbox never removes a row: drifted texts and pending rows booked under new text and ids
    // were updated in place, so every row ever stored is still there, under the same id.
    const remaining = new Set((await db().transaction.findMany({ where: { userId }, select: { id: true } })).map((row) => row.id));
    expect([...seenIds].filter((id) => !remaining.has(id))).toEqual([]);

    const { nowMs } = await harness.control.clock();
    const today = osloDay(nowMs);
    const ledger = generateLedger(1, "kari", nowMs, { drift: true, epochMs });
    const accounts = await db().account.findMany({ where: { userId } });
    expect(accounts.map((account) => account.accountNumber).sort()).toEqual(ledger.accounts.map((account) => account.accountNumber).sort());

    for (const bankAccount of ledger.accounts) {
      const account = accounts.find((candidate) => candidate.accountNumber === bankAccount.accountNumber)!;
      const bankRows = ledger.transactions.filter((row) => row.accountNumber === bankAccount.accountNumber);
      const stored = await db().transaction.findMany({ where: { accountId: account.id } });
      const booked = <T extends { status: string }>(rows: T[]) => rows.filter((row) => row.status === "BOOKED");
      const storedBooked = booked(stored);
      const bankBooked = booked(bankRows);
      expect({ account: bankAccount.name, count: storedBooked.length, sum: storedBooked.reduce((sum, row) => sum + Number(row.amount), 0) }).toEqual({
        account: bankAccount.name,
        count: bankBooked.length,
        sum: bankBooked.reduce((sum, row) => sum + row.amountOre, 0),
      });
      const pendingStored = stored.filter((row) => row.status === "PENDING").map((row) => `${row.bookingDate}|${row.amount}|${row.rawDescription}`).sort();
      const pendingBank = bankRows.filter((row) => row.status === "PENDING").map((row) => `${row.osloDate}|${row.amountOre}|${row.description}`).sort();
      expect(pendingStored).toEqual(pendingBank);
      // Inside the overlap the stored text is the bank's current text (drift updated in place).
      const recentFrom = osloDay(nowMs - 9 * DAY_MS);
      const recentStored = storedBooked.filter((row) => row.bookingDate >= recentFrom).map((row) => `${row.bookingDate}|${row.amount}|${row.rawDescription}`).sort();
      const recentBank = bankBooked.filter((row) => row.osloDate >= recentFrom).map((row) => `${row.osloDate}|${row.amountOre}|${row.description}`).sort();
      expect(recentStored).toEqual(recentBank);
      expect(Number(account.balance)).toBe(bankAccount.balanceOre);
      expect(account.syncedThrough).toBe(today);
      const reconciliation = reconcileAccount(account.reconcileBase === null ? null : Number(account.reconcileBase), await reconcileSnapshots(account.id));
      expect(reconciliation).toEqual({ state: "matches", checkedOn: today });
    }
  });
});
