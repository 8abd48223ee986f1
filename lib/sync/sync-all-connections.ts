import "server-only";
import { listConnections } from "../db/bank-connections";
import { isSaldoError } from "../errors/saldo-error";
import { runBackfill } from "./run-backfill";
import { runSync } from "./run-sync";

export async function syncAllConnections() {
  const results: { status: string; code?: string; bankCalls?: number }[] = [];
  for (const connection of await listConnections()) {
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
