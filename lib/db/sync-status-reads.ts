import "server-only";
import { batchedRead } from "./batched-read";
import { nullableText } from "./nullable-text";

const date = (value: unknown) => (value === null || value === undefined ? null : new Date(String(value)));

/**
 * Everything the sync status says, read in one batch (one round trip instead of six): the user's
 * sync state, latest runs, bank connection and accounts' backfill depth, and the deployment's
 * back-off and upstream calls since `callsSince`.
 */
export async function syncStatusReads(userId: string, runs: number, callsSince: Date) {
  // Dates are stored as ISO text; a day's margin in SQL, the exact bound below.
  const [state, latest, client, calls, connection, accounts] = await batchedRead([
      { sql: `SELECT "lastSuccessAt", "lastAttemptAt", "leaseUntil" FROM "SyncState" WHERE "userId" = ?`, args: [userId] },
      { sql: `SELECT "status", "trigger", "finishedAt", "errorCode", "message", "warnings" FROM "SyncRun" WHERE "userId" = ? ORDER BY "startedAt" DESC LIMIT ?`, args: [userId, runs] },
      { sql: `SELECT "backoffUntil" FROM "ClientState" WHERE "id" = 'default'`, args: [] },
      { sql: `SELECT "at" FROM "UpstreamCall" WHERE "at" >= ? ORDER BY "at" ASC`, args: [new Date(callsSince.getTime() - 86_400_000).toISOString().slice(0, 10)] },
      { sql: `SELECT "status", "lastError", "refreshIdleExpiresAt", "refreshAbsExpiresAt" FROM "BankConnection" WHERE "userId" = ?`, args: [userId] },
      { sql: `SELECT "backfilledFrom", "backfillDone" FROM "Account" WHERE "userId" = ? ORDER BY "position" ASC`, args: [userId] },
  ]);
  const stateRow = state!.rows[0];
  const clientRow = client!.rows[0];
  const connectionRow = connection!.rows[0];
  return {
    state: stateRow ? { lastSuccessAt: date(stateRow.lastSuccessAt), lastAttemptAt: date(stateRow.lastAttemptAt), leaseUntil: date(stateRow.leaseUntil) } : null,
    runs: latest!.rows.map((row) => ({
      status: String(row.status),
      trigger: String(row.trigger),
      finishedAt: date(row.finishedAt),
      errorCode: nullableText(row.errorCode),
      message: nullableText(row.message),
      warnings: nullableText(row.warnings),
    })),
    client: clientRow ? { backoffUntil: date(clientRow.backoffUntil) } : null,
    calls: calls!.rows.map((row) => ({ at: new Date(String(row.at)) })).filter((call) => call.at > callsSince),
    connection: connectionRow
      ? {
          status: String(connectionRow.status),
          lastError: nullableText(connectionRow.lastError),
          refreshIdleExpiresAt: date(connectionRow.refreshIdleExpiresAt),
          refreshAbsExpiresAt: date(connectionRow.refreshAbsExpiresAt),
        }
      : null,
    accounts: accounts!.rows.map((row) => ({ backfilledFrom: nullableText(row.backfilledFrom), backfillDone: Boolean(Number(row.backfillDone)) })),
  };
}
