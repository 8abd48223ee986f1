import "server-only";
import { randomUUID } from "node:crypto";
import { alertsAfterSync } from "../alerts/alerts-after-sync";
import { appConfig } from "../config/app-config";
import { addDays, osloDate } from "../dates/oslo-date";
import { oldestPendingDay, reconcileSnapshots, rewindAccount, saveAccounts, type StoredAccount } from "../db/ledger-store";
import { failSyncRun, pruneSyncRuns, readSyncState, releaseSyncLease, startSyncRun, tryAcquireSyncLease } from "../db/sync-runs";
import { pruneUpstreamCalls, upstreamCallsSince } from "../db/upstream-calls";
import { SaldoError, toSaldoError } from "../errors/saldo-error";
import { lastMatchingDay, residual } from "../reconciliation/reconcile-account";
import type { AccountRef } from "../sparebank1/transform";
import { liveBank, type BankSource } from "./bank-source";
import { fetchWindow } from "./fetch-window";
import { leasedBank } from "./leased-bank";
import { PENDING_LOOKBACK_DAYS } from "./pending-lookback";
import { writeAnswer, type WrittenAnswer } from "./write-answer";


export type SyncTrigger = "login" | "manual" | "stale" | "cron" | "backfill";

export interface SyncOptions {
  /** The bank to sync from: the user's live connection unless a test gives a model of it. */
  bank?: BankSource;
  /** The moment the sync counts as (its Oslo day ends the window); tests move it through simulated days. */
  now?: Date;
}

export interface SyncOutcome {
  runId: string;
  status: "success" | "partial";
  bankCalls: number;
  inserted: number;
  warnings: string[];
  /** Accounts whose stored rows do not explain the bank's balance even after a re-fetch. */
  mismatched: string[];
}

const HOUR_MS = 3_600_000;
const KEPT_RUNS = 200;
// A re-fetch after a mismatch leaves this many calls of the hour for the owner's own syncs.
const REFETCH_RESERVE = 10;

async function callsSince(start: Date): Promise<number> {
  return (await upstreamCallsSince(new Date(start.getTime() - 1))).length;
}

export function accountRefs(accounts: readonly StoredAccount[]): Map<string, AccountRef> {
  return new Map(accounts.map((account) => [account.bankKey, { accountNumber: account.accountNumber, currencyCode: account.currencyCode }]));
}

/**
 * One incremental sync: one accounts call, stored at once (balances survive a later failure), then
 * one classified-transactions call for every account from the oldest of their newest complete
 * days minus an overlap, paired with the store and written in one transaction. Afterwards every
 * complete account is reconciled against the bank's balance; a mismatch is fetched again once.
 * Refusals (too soon, already running) throw before any bank call; failures are recorded on the run.
 */
export async function runSync(userId: string, trigger: Exclude<SyncTrigger, "backfill">, options: SyncOptions = {}): Promise<SyncOutcome> {
  const config = appConfig();
  const source = options.bank ?? liveBank(userId);
  // Real time for leases and the call budget; the sync's own moment (its day) may be simulated.
  const started = new Date();
  const now = options.now ?? started;
  if (trigger === "manual") {
    const state = await readSyncState(userId);
    const earliest = state?.lastAttemptAt ? new Date(state.lastAttemptAt.getTime() + config.sync.minSyncSeconds * 1000) : undefined;
    if (earliest && earliest > started) {
      throw new SaldoError("too_early", "Saldo synced moments ago; try again shortly.", { retryAt: earliest });
    }
  }
  const owner = randomUUID();
  if (!(await tryAcquireSyncLease(userId, owner, started, config.sync.leaseSeconds * 1000))) {
    throw new SaldoError("conflict", "A sync is already running.");
  }
  const run = await startSyncRun(userId, owner, trigger);
  const bank = leasedBank(source, userId, owner, config.sync.leaseSeconds * 1000);
  try {
    const today = osloDate(now.getTime());
    const accountsAnswer = await bank.accounts();
    const accounts = await saveAccounts(userId, accountsAnswer.accounts, now);
    const answered = new Set(accountsAnswer.accounts.map((account) => account.accountNumber));
    const asked = accounts.filter((account) => answered.has(account.accountNumber));
    // A card hold (a hotel, a car rental) stays pending for weeks at times: the window reaches back to
    // the oldest one stored (PENDING_LOOKBACK_DAYS at most), so its booking or its release is seen.
    const held = await oldestPendingDay(asked.map((account) => account.id));
    const initialFrom = addDays(today, -config.sync.initialDays);
    const windowFrom = (account: StoredAccount) => {
      if (!account.syncedThrough) return initialFrom;
      // No reconciliation base yet (no balance came with the rows so far): it is set from this answer,
      // which must then hold every row the base sums, not only the overlap (initialDays at most).
      if (account.reconcileBase === null) return [account.backfilledFrom ?? initialFrom, initialFrom].sort().at(-1)!;
      return addDays(account.syncedThrough, -config.sync.overlapDays);
    };
    const from =
      [
        ...asked.map(windowFrom),
        ...(held ? [[held, addDays(today, -PENDING_LOOKBACK_DAYS)].sort().at(-1)!] : []),
      ].sort()[0] ?? today;
    const balances = new Map(
      accountsAnswer.accounts.flatMap((data) => {
        const account = asked.find((candidate) => candidate.accountNumber === data.accountNumber);
        // No snapshot of a balance the answer left out.
        return account && data.balance !== null ? [[account.id, { balance: data.balance, availableBalance: data.availableBalance ?? data.balance }] as const] : [];
      }),
    );
    const accountWarnings = accountsAnswer.problems.map((problem) => `${problem.code}: ${problem.message}`);

    // No account listed (a partial accounts answer, or none yet): nothing to ask transactions for.
    const answer =
      asked.length > 0
        ? await fetchWindow(bank, accountRefs(asked), from, today)
        : { transactions: [], skipped: [], capped: false, problems: [{ code: "NO_ACCOUNTS", message: "The bank listed no accounts this time." }] };
    let written: WrittenAnswer = await writeAnswer({
      userId,
      runId: run.id,
      now,
      today,
      accounts: asked,
      window: { from, to: today },
      answer,
      kind: { type: "incremental", balances },
      bankCalls: await callsSince(started),
      warnings: accountWarnings,
      markSuccess: true,
    });

    let mismatched = await mismatchedAccounts(written);
    if (mismatched.length > 0 && (await budgetLeft(started)) >= REFETCH_RESERVE) {
      // The affected window: from the last day the rows still explained the balance, with the overlap.
      const refetch = asked.filter((account) => mismatched.some((item) => item.accountId === account.id));
      const refetchFrom = mismatched.map((item) => addDays(item.lastMatch, -config.sync.overlapDays)).sort()[0]!;
      const again = await fetchWindow(bank, accountRefs(refetch), refetchFrom, today);
      written = await writeAnswer({
        userId,
        runId: run.id,
        now,
        today,
        accounts: refetch,
        window: { from: refetchFrom, to: today },
        answer: again,
        kind: { type: "incremental", balances },
        bankCalls: await callsSince(started),
        warnings: written.warnings,
        markSuccess: true,
        partialBefore: written.status === "partial",
      });
      mismatched = await mismatchedAccounts(written);
    }
    for (const item of mismatched) {
      // Reported, never hidden: the next sync fetches the window again.
      await rewindAccount(item.accountId, item.lastMatch);
    }
    await pruneUpstreamCalls(new Date(started.getTime() - HOUR_MS));
    await pruneSyncRuns(userId, KEPT_RUNS);
    return {
      runId: run.id,
      status: written.status,
      bankCalls: await callsSince(started),
      inserted: written.inserted,
      warnings: written.warnings,
      mismatched: mismatched.map((item) => item.accountId),
    };
  } catch (error) {
    const failure = toSaldoError(error, "The sync failed unexpectedly.");
    await failSyncRun(run.id, failure.code, failure.message, await callsSince(started));
    throw failure;
  } finally {
    await releaseSyncLease(userId, owner);
    // Whatever the outcome: a failing sync is itself something to alert about.
    await alertsAfterSync(userId, now);
  }
}

async function budgetLeft(now: Date): Promise<number> {
  const used = (await upstreamCallsSince(new Date(now.getTime() - HOUR_MS))).length;
  return appConfig().sync.rateBudgetPerHour - used;
}

async function mismatchedAccounts(written: WrittenAnswer): Promise<{ accountId: string; lastMatch: string }[]> {
  const mismatched: { accountId: string; lastMatch: string }[] = [];
  for (const result of written.results) {
    const check = result.reconcile;
    if (!check || residual(check, check.base) === 0) continue;
    const lastMatch = lastMatchingDay(check.base, await reconcileSnapshots(result.accountId)) ?? check.from;
    mismatched.push({ accountId: result.accountId, lastMatch });
  }
  return mismatched;
}
