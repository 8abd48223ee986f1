import "server-only";
import { knownOwner } from "../auth/owner-gate";
import { listConnections } from "../db/bank-connections";
import { isSaldoError } from "../errors/saldo-error";
import { runBackfill } from "./run-backfill";
import { runSync } from "./run-sync";

/**
 * The scheduled sync: the owner's connection only, once an owner is known. A connection left by
 * someone who claimed the deployment before SALDO_OWNER named another person spends no bank calls.
 */
export async function syncAllConnections() {
  const results: { status: string; code?: string; bankCalls?: number }[] = [];
  const [owner, connections] = await Promise.all([knownOwner(), listConnections()]);
  for (const connection of connections) {
    if (owner !== null && connection.user.bankSubject !== owner) {
      results.push({ status: "skipped", code: "not_owner" });
      continue;
    }
    if (connection.status !== "active") {
      results.push({ status: "skipped", code: connection.status });
      continue;
    }
    try {
      const outcome = await runSync(connection.userId, "cron");
      await runBackfill(connection.userId).catch(() => undefined);
      results.push({ status: outcome.status, bankCalls: outcome.bankCalls });
    } catch (error) {
      results.push({ status: "failed", code: isSaldoError(error) ? error.code : "internal" });
    }
  }
  return results;
}
