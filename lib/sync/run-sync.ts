import "server-only";
import { withAccessToken } from "../bank-connection/access-token";
import { appConfig } from "../config/app-config";
import { addDays, osloDate } from "../dates/oslo-date";
import {
  failSyncRun,
  newestBookedDate,
  readSyncState,
  releaseSyncLease,
  startSyncRun,
  storedAccountKeys,
  tryAcquireSyncLease,
} from "../db/sync-runs";
import { writeSyncBatch } from "../db/sync-store";
import { upstreamCallsSince } from "../db/upstream-calls";
import { SaldoError, isSaldoError } from "../errors/saldo-error";
import { fetchAccounts, fetchClassifiedTransactions } from "../sparebank1/banking-api";
import { fingerprintTransactions } from "./fingerprint";

export type SyncTrigger = "login" | "manual" | "stale" | "cron" | "backfill";

export interface SyncOutcome {
  runId: string;
  status: "success" | "partial";
  bankCalls: number;
  inserted: number;
  warnings: string[];
}

export const ROW_LIMIT = 10_000;

async function callsSince(start: Date): Promise<number> {
  return (await upstreamCallsSince(new Date(start.getTime() - 1))).length;
}

/**
 * One incremental sync: one accounts call plus one classified-transactions call for every account
 * at once, from the newest booked day minus an overlap to today, written in one transaction.
 * Refusals (too soon, already running) throw before any bank call; failures are recorded on the run.
 */
export async function runSync(userId: string, trigger: Exclude<SyncTrigger, "backfill">): Promise<SyncOutcome> {
  const config = appConfig();
  const started = new Date();
  if (trigger === "manual") {
    const state = await readSyncState(userId);
    const earliest = state?.lastAttemptAt ? new Date(state.lastAttemptAt.getTime() + config.sync.minSyncSeconds * 1000) : undefined;
    if (earliest && earliest > started) {
      throw new SaldoError("too_early", "Saldo synced moments ago; try again shortly.", { retryAt: earliest });
    }
  }
  if (!(await tryAcquireSyncLease(userId, started, config.sync.leaseSeconds * 1000))) {
    throw new SaldoError("conflict", "A sync is already running.");
  }
  const run = await startSyncRun(userId, trigger);
  try {
    const today = osloDate(started.getTime());
    const accounts = await withAccessToken(userId, fetchAccounts);
    const newest = await newestBookedDate(userId);
    const from = newest ? addDays(newest, -config.sync.overlapDays) : addDays(today, -config.sync.initialDays);
    const transactions = await withAccessToken(userId, (token) =>
      fetchClassifiedTransactions(token, {
        accountKeys: accounts.accounts.map((account) => account.bankKey),
        accountNumberByKey: new Map(accounts.accounts.map((account) => [account.bankKey, account.accountNumber])),
        fromDate: from,
        toDate: today,
        rowLimit: ROW_LIMIT,
      }),
    );
    const problems = [...accounts.problems, ...transactions.problems];
    const warnings = problems.map((problem) => `${problem.code}: ${problem.message}`);
    if (transactions.transactions.length >= ROW_LIMIT) warnings.push(`The bank capped the answer at ${ROW_LIMIT} rows; older rows in the window may be missing.`);
    const complete = warnings.length === 0;
    const state = await readSyncState(userId);
    const fingerprints = fingerprintTransactions(transactions.transactions);
    const bankCalls = await callsSince(started);
    const result = await writeSyncBatch({
      userId,
      runId: run.id,
      now: started,
      today,
      accounts: accounts.accounts,
      transactions: transactions.transactions.map((data, index) => ({ data, fingerprint: fingerprints[index]! })),
      window: { from, to: today },
      replacePending: complete,
      state: {
        ...(complete ? { lastSuccessAt: started } : {}),
        ...(state?.backfilledFrom ? {} : { backfilledFrom: from }),
      },
      run: { status: complete ? "success" : "partial", warnings, bankCalls },
    });
    return { runId: run.id, status: complete ? "success" : "partial", bankCalls, inserted: result.inserted, warnings };
  } catch (error) {
    const failure = isSaldoError(error) ? error : new SaldoError("internal", "The sync failed unexpectedly.", { cause: error });
    await failSyncRun(run.id, failure.code, failure.message, await callsSince(started));
    throw failure;
  } finally {
    await releaseSyncLease(userId);
  }
}

export interface BackfillOutcome {
  steps: number;
  inserted: number;
  done: boolean;
  stoppedBy?: string;
}

/**
 * Walks history backwards in date windows from the oldest day fetched so far, one bank call a
 * window, while the hourly budget keeps `reserve` calls for interactive syncs. Resumable: the
 * cursor is stored with each window, so a later call carries on where this one stopped.
 */
export async function runBackfill(userId: string, options: { maxSteps?: number; reserve?: number } = {}): Promise<BackfillOutcome> {
  const config = appConfig();
  const maxSteps = options.maxSteps ?? Number.POSITIVE_INFINITY;
  const reserve = options.reserve ?? 10;
  const outcome: BackfillOutcome = { steps: 0, inserted: 0, done: false };
  while (outcome.steps < maxSteps) {
    const now = new Date();
    const state = await readSyncState(userId);
    const target = addDays(osloDate(now.getTime()), -config.sync.backfillDays);
    if (!state?.backfilledFrom || state.backfillDone || state.backfilledFrom <= target) {
      outcome.done = Boolean(state?.backfillDone || (state?.backfilledFrom && state.backfilledFrom <= target));
      if (!outcome.done) outcome.stoppedBy = "no first sync yet";
      return outcome;
    }
    const used = (await upstreamCallsSince(new Date(now.getTime() - 3_600_000))).length;
    // Two calls at most per window: a token refresh and the transactions call.
    if (config.sync.rateBudgetPerHour - used < reserve + 2) {
      outcome.stoppedBy = "rate budget";
      return outcome;
    }
    if (!(await tryAcquireSyncLease(userId, now, config.sync.leaseSeconds * 1000))) {
      outcome.stoppedBy = "another sync is running";
      return outcome;
    }
    const run = await startSyncRun(userId, "backfill");
    try {
      const to = addDays(state.backfilledFrom, -1);
      const from = [addDays(to, -(config.sync.backfillWindowDays - 1)), target].sort().at(-1)!;
      const keys = await storedAccountKeys(userId);
      const result = await withAccessToken(userId, (token) =>
        fetchClassifiedTransactions(token, {
          accountKeys: keys.map((key) => key.bankKey),
          accountNumberByKey: new Map(keys.map((key) => [key.bankKey, key.accountNumber])),
          fromDate: from,
          toDate: to,
          rowLimit: ROW_LIMIT,
        }),
      );
      const warnings = result.problems.map((problem) => `${problem.code}: ${problem.message}`);
      if (warnings.length > 0) {
        // A partial window would leave a permanent hole: record it, keep the cursor, try again later.
        await failSyncRun(run.id, "bank_partial", `The bank returned part of ${from}–${to}: ${warnings.join("; ")}`, await callsSince(now));
        outcome.stoppedBy = "partial answer";
        return outcome;
      }
      const fingerprints = fingerprintTransactions(result.transactions);
      const written = await writeSyncBatch({
        userId,
        runId: run.id,
        now,
        today: osloDate(now.getTime()),
        transactions: result.transactions.map((data, index) => ({ data, fingerprint: fingerprints[index]! })),
        window: { from, to },
        replacePending: false,
        state: { backfilledFrom: from, backfillDone: from <= target },
        run: { status: "success", warnings: [], bankCalls: await callsSince(now) },
      });
      outcome.steps += 1;
      outcome.inserted += written.inserted;
    } catch (error) {
      const failure = isSaldoError(error) ? error : new SaldoError("internal", "The backfill failed unexpectedly.", { cause: error });
      await failSyncRun(run.id, failure.code, failure.message, await callsSince(now));
      throw failure;
    } finally {
      await releaseSyncLease(userId);
    }
  }
  outcome.stoppedBy = "step limit";
  return outcome;
}
