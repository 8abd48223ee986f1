import "server-only";
import { appConfig } from "../config/app-config";
import { addDays, osloDate } from "../dates/oslo-date";
import { backfillReached } from "./backfill-reached";
import { syncStatusReads } from "../db/sync-status-reads";
import { budgetStatus } from "../rate-budget/budget-window";

const DAY_MS = 86_400_000;
const EXPIRY_WARNING_DAYS = 14;

export interface SyncStatus {
  lastSuccessAt: string | null;
  lastRun: { status: string; trigger: string; finishedAt: string | null; errorCode: string | null; message: string | null; warnings: string[] } | null;
  running: boolean;
  budget: { used: number; limit: number; remaining: number; nextSlotAt: string | null };
  backoffUntil: string | null;
  nextAllowedAt: string | null;
  stale: boolean;
  connection: { status: string; message: string | null; loginExpiresAt: string | null; loginExpiresInDays: number | null; expiryWarning: boolean } | null;
  backfill: { from: string | null; done: boolean };
}

/** A sync holds its lease while it runs (a crashed one's lease lapses). */
export function syncLeaseLive(leaseUntil: Date | null | undefined, now = new Date()): boolean {
  return Boolean(leaseUntil && leaseUntil > now);
}

/** Everything the UI says about syncing, read from the store (never from the bank). */
export async function syncStatus(userId: string, now = new Date()): Promise<SyncStatus> {
  const config = appConfig();
  const { state, runs, client, calls, connection, accounts } = await syncStatusReads(userId, 10, new Date(now.getTime() - 3_600_000));
  const backfillTarget = addDays(osloDate(now.getTime()), -config.sync.backfillDays);
  const depths = accounts.map((account) => account.backfilledFrom).filter((day): day is string => day !== null).sort();
  const budget = budgetStatus(calls.map((call) => call.at), config.sync.rateBudgetPerHour, now);
  const finished = runs.find((run) => run.status !== "running" && run.trigger !== "backfill") ?? runs.find((run) => run.status !== "running");
  const backoffUntil = client?.backoffUntil && client.backoffUntil > now ? client.backoffUntil : null;
  const earliestManual = state?.lastAttemptAt ? new Date(state.lastAttemptAt.getTime() + config.sync.minSyncSeconds * 1000) : null;
  const candidates = [backoffUntil, budget.nextSlotAt ?? null, earliestManual && earliestManual > now ? earliestManual : null].filter(
    (date): date is Date => date !== null,
  );
  const nextAllowedAt = candidates.length ? new Date(Math.max(...candidates.map((date) => date.getTime()))) : null;
  const expiries = [connection?.refreshIdleExpiresAt, connection?.refreshAbsExpiresAt].filter((date): date is Date => Boolean(date));
  const loginExpiresAt = expiries.length ? Math.min(...expiries.map((date) => date.getTime())) : null;
  const loginExpiresInDays = loginExpiresAt === null ? null : Math.max(0, Math.floor((loginExpiresAt - now.getTime()) / DAY_MS));
  return {
    lastSuccessAt: state?.lastSuccessAt?.toISOString() ?? null,
    lastRun: finished
      ? {
          status: finished.status,
          trigger: finished.trigger,
          finishedAt: finished.finishedAt?.toISOString() ?? null,
          errorCode: finished.errorCode,
          message: finished.message,
          warnings: finished.warnings ? (JSON.parse(finished.warnings) as string[]) : [],
        }
      : null,
    running: syncLeaseLive(state?.leaseUntil, now),
    budget: { ...budget, nextSlotAt: budget.nextSlotAt?.toISOString() ?? null },
    backoffUntil: backoffUntil?.toISOString() ?? null,
    nextAllowedAt: nextAllowedAt?.toISOString() ?? null,
    stale: !state?.lastAttemptAt || now.getTime() - state.lastAttemptAt.getTime() > config.sync.staleAfterMinutes * 60_000,
    connection: connection
      ? {
          status: connection.status,
          message: connection.lastError,
          loginExpiresAt: loginExpiresAt === null ? null : new Date(loginExpiresAt).toISOString(),
          loginExpiresInDays,
          expiryWarning: loginExpiresInDays !== null && loginExpiresInDays <= EXPIRY_WARNING_DAYS,
        }
      : null,
    backfill: { from: depths[0] ?? null, done: accounts.length > 0 && accounts.every((account) => backfillReached(account, backfillTarget)) },
  };
}
