import "server-only";
import fs from "node:fs";
import type { Client, Config, Transaction } from "@libsql/client";
import { PrismaLibSql } from "@prisma/adapter-libsql";

const CALLS = new Set(["execute", "batch", "executeMultiple", "migrate", "commit", "rollback"]);

/**
 * Benchmarks only (SALDO_DB_ROUND_TRIP_LOG): appends one line per database round trip, the first
 * words of its SQL, to a file the benchmark reads. Production never constructs it.
 */
export function countRoundTrips<T extends Client | Transaction>(client: T, logFile: string): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== "function") return value;
      if (property === "transaction") {
        return async (...args: unknown[]) => countRoundTrips(await (value as (...a: unknown[]) => Promise<Transaction>).apply(target, args), logFile);
      }
      if (typeof property !== "string" || !CALLS.has(property)) return (value as (...a: unknown[]) => unknown).bind(target);
      return (...args: unknown[]) => {
        const first = args[0] as string | { sql: string } | { sql: string }[] | undefined;
        const sql = Array.isArray(first) ? `batch of ${first.length}: ${first.map((s) => (typeof s === "string" ? s : s.sql).slice(0, 40)).join(" | ")}` : typeof first === "string" ? first : (first?.sql ?? property);
        fs.appendFileSync(logFile, `${property}\t${sql.replace(/\s+/g, " ").slice(0, 200)}\n`);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** The libSQL adapter with every client it makes counted. */
export class CountingPrismaLibSql extends PrismaLibSql {
  constructor(
    config: Config,
    private readonly logFile: string,
  ) {
    super(config);
  }
  override createClient(config: Config): Client {
    return countRoundTrips(super.createClient(config), this.logFile);
  }
}
