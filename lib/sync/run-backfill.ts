import "server-only";
import { randomUUID } from "node:crypto";
import { appConfig } from "../config/app-config";
import { addDays, osloDate } from "../dates/oslo-date";
import { syncedAccounts } from "../db/ledger-store";
import { backfillReached } from "./backfill-reached";
import { failSyncRun, releaseSyncLease, startSyncRun, tryAcquireSyncLease } from "../db/sync-runs";
import { upstreamCallsSince } from "../db/upstream-calls";
import { toSaldoError } from "../errors/saldo-error";
import { liveBank } from "./bank-source";
import { fetchWindow } from "./fetch-window";
import { leasedBank } from "./leased-bank";
import { accountRefs, type SyncOptions } from "./run-sync";
import { writeAnswer } from "./write-answer";

export interface BackfillOutcome {
  steps: number;
  inserted: number;
  done: boolean;
  stoppedBy?: string;
}

/**
 * Walks history backwards in date windows, one bank call a window, while the hourly budget keeps
 * `reserve` calls for interactive syncs. Each account keeps its own depth: a window covers the
 * accounts whose history is not yet that deep (an account that appeared later catches up on its
 * own), and only accounts the bank answered completely move back. Resumable at any point.
 */
export async function runBackfill(
  userId: string,
  options: { maxSteps?: number; reserve?: number } & SyncOptions = {},
): Promise<BackfillOutcome> {
  const config = appConfig();
  const source = options.bank ?? liveBank(userId);
  const maxSteps = options.maxSteps ?? Number.POSITIVE_INFINITY;
  const reserve = options.reserve ?? 10;
  const outcome: BackfillOutcome = { steps: 0, inserted: 0, done: false };
  while (outcome.steps < maxSteps) {
    const started = new Date();
    const now = options.now ?? started;
    const today = osloDate(now.getTime());
    const target = addDays(today, -config.sync.backfillDays);
    const accounts = await syncedAccounts(userId);
    const behind = accounts.filter((account) => account.backfilledFrom !== null && !backfillReached(account, target));
    if (behind.length === 0) {
      outcome.done = accounts.length > 0 && accounts.every((account) => backfillReached(account, target));
      if (!outcome.done) outcome.stoppedBy = "no first sync yet";
      return outcome;
    }
    const used = (await upstreamCallsSince(new Date(started.getTime() - 3_600_000))).length;
    // Two calls at most per window: a token refresh and the transactions call.
    if (config.sync.rateBudgetPerHour - used < reserve + 2) {
      outcome.stoppedBy = "rate budget";
      return outcome;
    }
    const owner = randomUUID();
    if (!(await tryAcquireSyncLease(userId, owner, started, config.sync.leaseSeconds * 1000))) {
      outcome.stoppedBy = "another sync is running";
      return outcome;
    }
    const run = await startSyncRun(userId, owner, "backfill");
    const bank = leasedBank(source, userId, owner, config.sync.leaseSeconds * 1000);
    try {
      const to = addDays(behind.map((account) => account.backfilledFrom!).sort().at(-1)!, -1);
      const from = [addDays(to, -(config.sync.backfillWindowDays - 1)), target].sort().at(-1)!;
      const window = behind.filter((account) => account.backfilledFrom! > from);
      const answer = await fetchWindow(bank, accountRefs(window), from, to);
      const written = await writeAnswer({
        userId,
        runId: run.id,
        now,
        today,
        accounts: window,
        window: { from, to },
        answer,
        kind: { type: "backfill", target },
        bankCalls: (await upstreamCallsSince(new Date(started.getTime() - 1))).length,
        warnings: [],
        markSuccess: false,
      });
      outcome.steps += 1;
      outcome.inserted += written.inserted;
      if (written.incomplete.size === window.length) {
        // Nothing moved: try the window again later rather than spend the hour on it.
        outcome.stoppedBy = "partial answer";
        return outcome;
      }
    } catch (error) {
      const failure = toSaldoError(error, "The backfill failed unexpectedly.");
      await failSyncRun(run.id, failure.code, failure.message, (await upstreamCallsSince(new Date(started.getTime() - 1))).length);
      throw failure;
    } finally {
      await releaseSyncLease(userId, owner);
    }
  }
  outcome.stoppedBy = "step limit";
  return outcome;
}
