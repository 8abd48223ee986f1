import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createClient } from "@libsql/client";
import { databaseFilePath } from "./database-url";
import { ensureDerivedColumns } from "./derived-columns-sql";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/**
 * Applies Prisma-layout migrations (prisma/migrations/<name>/migration.sql) through libSQL and records
 * them as `prisma migrate deploy` would, so the real Prisma CLI stays compatible where it runs.
 * Each migration commits in its own transaction; a changed applied migration stops everything.
 */
export async function applyMigrations(options: { url: string; authToken?: string; dir?: string }): Promise<string[]> {
  const dir = options.dir ?? MIGRATIONS_DIR;
  const file = databaseFilePath(options.url);
  if (file) fs.mkdirSync(path.dirname(file), { recursive: true });
  const client = createClient({ url: options.url, authToken: options.authToken });
  try {
    // Readers never block the writer (and the setting stays with the file).
    if (file) await client.execute("PRAGMA journal_mode=WAL");
    await client.execute(CREATE_TABLE);
    const applied = new Map(
      (await client.execute(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`)).rows.map(
        (row) => [String(row.migration_name), String(row.checksum)],
      ),
    );
    const names = fs
      // prisma/migrations is traced into the output by next.config.ts; a caller's own folder is not.
      .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
      .map((entry) => entry.name)
      .sort();
    const newlyApplied: string[] = [];
    for (const name of names) {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      const known = applied.get(name);
      if (known !== undefined) {
        if (known !== checksum) {
          throw new Error(`Migration ${name} was changed after it was applied (checksum mismatch). Add a new migration instead.`);
        }
        continue;
      }
      // migrate() runs the statements in one transaction with foreign keys off, as Prisma's table
      // rebuilds expect: with them on, dropping an old parent table would cascade into its rows.
      try {
        await client.migrate([
          ...splitStatements(sql),
          {
            sql: `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, current_timestamp, ?, 1)`,
            args: [randomUUID(), checksum, name],
          },
        ]);
      } catch (error) {
        throw new Error(`Migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      newlyApplied.push(name);
    }
    await ensureDerivedColumns(client);
    return newlyApplied;
  } finally {
    client.close();
  }
}

/** Prisma's migration files: statements end a line with ";"; "--" lines are comments. */
export function splitStatements(sql: string): string[] {
  const body = sql
    .split("\n")
    .filter((line) => !line.trim().startsWith("--"))
    .join("\n");
  return body
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}
