import "server-only";
import type { InStatement, ResultSet } from "@libsql/client";
import { sql } from "./client";

interface Waiting {
  statements: readonly InStatement[];
  resolve(results: ResultSet[]): void;
  reject(error: unknown): void;
}

let waiting: Waiting[] = [];

/**
 * Reads asked for in the same turn of the event loop go to the database as one read batch: the
 * sections of a page, each asking for its own data as it renders, share one round trip (each costs
 * 20–40 ms against Turso). A batch is one snapshot, so the sections also agree with each other. When
 * the shared batch fails, each caller's statements are run again on their own, so a bad read fails
 * only the caller that asked for it.
 */
export function batchedRead(statements: readonly InStatement[]): Promise<ResultSet[]> {
  return new Promise((resolve, reject) => {
    // Two turns of the event loop: every promise continuation of this turn runs first (reads behind
    // an already settled await), and so does the render work React schedules for the next turn
    // (sections whose parent has just resolved), so they all join the batch.
    if (waiting.length === 0) setImmediate(() => setImmediate(flush));
    waiting.push({ statements, resolve, reject });
  });
}

/**
 * A statement's identity: its text and arguments. Only plain values count; a statement with any
 * other argument is never taken for another.
 */
function statementKey(statement: InStatement): string | null {
  if (typeof statement === "string") return JSON.stringify([statement]);
  const args = statement.args ?? [];
  const values = Array.isArray(args) ? args : Object.entries(args).flat();
  const plain = values.every((value) => value === null || ["string", "number", "boolean", "bigint"].includes(typeof value));
  if (!plain) return null;
  return JSON.stringify([statement.sql, Array.isArray(args) ? "?" : ":", ...values.map((value) => (typeof value === "bigint" ? { bigint: String(value) } : value))]);
}

async function flush(): Promise<void> {
  const batch = waiting;
  waiting = [];
  if (batch.length > 1) {
    try {
      // Sections often ask for the same read (the overview's totals and the balance lines share
      // theirs): it is sent once and its answer handed to each.
      const unique: InStatement[] = [];
      const positions = new Map<string, number>();
      const slots = batch.map((entry) =>
        entry.statements.map((statement) => {
          const key = statementKey(statement);
          const known = key === null ? undefined : positions.get(key);
          if (known !== undefined) return known;
          unique.push(statement);
          if (key !== null) positions.set(key, unique.length - 1);
          return unique.length - 1;
        }),
      );
      const results = await sql().batch(unique, "read");
      batch.forEach((entry, index) => entry.resolve(slots[index]!.map((slot) => results[slot]!)));
      return;
    } catch {
      // Isolated below: each caller gets its own answer or its own error.
    }
  }
  await Promise.all(batch.map((entry) => sql().batch([...entry.statements], "read").then(entry.resolve, entry.reject)));
}
