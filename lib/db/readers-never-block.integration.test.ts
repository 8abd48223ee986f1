// A reader that keeps a read transaction open (as a slow page render can) must never lock the sync
// out: the local file runs in WAL mode, so the write goes through while the read is still open.
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../../test-support/bank-harness";
import { loginAs } from "../../test-support/saldo-login";
import { runSync } from "../sync/run-sync";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ SALDO_RATE_BUDGET: "60" });
});
afterAll(async () => harness.close());

describe("the local store", () => {
  it("runs in WAL mode, and a sync writes while another connection holds a read transaction open", async () => {
    const userId = await loginAs(harness, "kari");
    await runSync(userId, "login");
    const reader = createClient({ url: harness.databaseUrl });
    try {
      expect((await reader.execute("PRAGMA journal_mode")).rows[0]?.journal_mode).toBe("wal");
      const tx = await reader.transaction("read");
      const before = Number((await tx.execute(`SELECT COUNT(*) AS n FROM "SyncRun"`)).rows[0]!.n);
      const started = Date.now();
      await expect(runSync(userId, "manual")).resolves.toMatchObject({ status: "success" });
      // No waiting on the reader (the busy timeout is 10 s): the write never queued behind it.
      expect(Date.now() - started).toBeLessThan(5_000);
      // The open read still sees its own snapshot.
      expect(Number((await tx.execute(`SELECT COUNT(*) AS n FROM "SyncRun"`)).rows[0]!.n)).toBe(before);
      await tx.commit();
    } finally {
      reader.close();
    }
  });
});
