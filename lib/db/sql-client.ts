import "server-only";
import { createClient, type Client } from "@libsql/client";
import { appConfig } from "../config/app-config";
import { countRoundTrips } from "./round-trip-counter";

const globalForSql = globalThis as typeof globalThis & { saldoSql?: Client };

/**
 * A plain libSQL client beside Prisma's, for reads that several statements answer together in one
 * round trip (client.batch), such as a transactions page. Same database, same settings.
 */
export function sqlClient(): Client {
  if (!globalForSql.saldoSql) {
    const { url, authToken } = appConfig().database;
    const client = createClient({ url, authToken, timeout: 10_000 });
    const roundTripLog = process.env.SALDO_DB_ROUND_TRIP_LOG;
    globalForSql.saldoSql = roundTripLog ? countRoundTrips(client, roundTripLog) : client;
  }
  return globalForSql.saldoSql;
}
