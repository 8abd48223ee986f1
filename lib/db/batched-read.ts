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

async function flush(): Promise<void> {
  const batch = waiting;
  waiting = [];
  if (batch.length > 1) {
    try {
      const results = await sql().batch(batch.flatMap((entry) => entry.statements), "read");
      let offset = 0;
      for (const entry of batch) {
        entry.resolve(results.slice(offset, (offset += entry.statements.length)));
      }
      return;
    } catch {
      // Isolated below: each caller gets its own answer or its own error.
    }
  }
  await Promise.all(batch.map((entry) => sql().batch([...entry.statements], "read").then(entry.resolve, entry.reject)));
}
