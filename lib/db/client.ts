import "server-only";
import { createClient, type Client } from "@libsql/client";
import { PrismaLibSql } from "@prisma/adapter-libsql";
import { appConfig } from "../config/app-config";
import { PrismaClient } from "./generated/client";
import { countRoundTrips, CountingPrismaLibSql } from "./round-trip-counter";

const BUSY_TIMEOUT_MS = 10_000;
/**
 * Columns the database keeps for itself: the list's filters (derived-columns-sql.ts) and the series
 * reader (payee-tallies.ts). Never read, copied or backed up; every Prisma client omits them.
 */
export const DERIVED_COLUMNS_OMIT = { transaction: { searchText: true, categoryKey: true, payeeText: true } } as const;

const globalForPrisma = globalThis as typeof globalThis & { saldoPrisma?: PrismaClient; saldoSql?: Client };

/** The one Prisma client of the process (kept on globalThis so dev reloads reuse it). */
export function db(): PrismaClient {
  if (!globalForPrisma.saldoPrisma) {
    const { url, authToken } = appConfig().database;
    // A local file waits up to 10 s for a lock instead of failing at once (SQLITE_BUSY); with WAL
    // (set by the migrations) readers never block the writer at all.
    const config = { url, authToken, timeout: BUSY_TIMEOUT_MS };
    const roundTripLog = process.env.SALDO_DB_ROUND_TRIP_LOG;
    globalForPrisma.saldoPrisma = new PrismaClient({
      adapter: roundTripLog ? new CountingPrismaLibSql(config, roundTripLog) : new PrismaLibSql(config),
      omit: DERIVED_COLUMNS_OMIT,
    });
  }
  return globalForPrisma.saldoPrisma;
}

/**
 * A plain libSQL client on the same database, for reads that batch several statements into one
 * round trip (Prisma sends each query on its own; against Turso each costs a network round trip).
 * Page reads go through batchedRead, which shares one batch among every section of a page.
 */
export function sql(): Client {
  if (!globalForPrisma.saldoSql) {
    const { url, authToken } = appConfig().database;
    const client = createClient({ url, authToken, timeout: BUSY_TIMEOUT_MS });
    const roundTripLog = process.env.SALDO_DB_ROUND_TRIP_LOG;
    globalForPrisma.saldoSql = roundTripLog ? countRoundTrips(client, roundTripLog) : client;
  }
  return globalForPrisma.saldoSql;
}

export type { PrismaClient };
