import "server-only";
import { PrismaLibSql } from "@prisma/adapter-libsql";
import { appConfig } from "../config/app-config";
import { PrismaClient } from "./generated/client";

const globalForPrisma = globalThis as typeof globalThis & { saldoPrisma?: PrismaClient };

/** The one Prisma client of the process (kept on globalThis so dev reloads reuse it). */
export function db(): PrismaClient {
  if (!globalForPrisma.saldoPrisma) {
    const { url, authToken } = appConfig().database;
    globalForPrisma.saldoPrisma = new PrismaClient({ adapter: new PrismaLibSql({ url, authToken }) });
  }
  return globalForPrisma.saldoPrisma;
}

export type { PrismaClient };
