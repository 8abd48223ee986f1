// A sync or backfill step that holds the lease but cannot record its run (the store refuses the
// write) gives the lease back at once: the owner's next "Sync now" is not refused as "already
// running" until the lease lapses. The refusal is a real one, a trigger in the store's own file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../../test-support/bank-harness";
import { loginAs } from "../../test-support/saldo-login";
import { db } from "../db/client";
import { runBackfill } from "./run-backfill";
import { runSync } from "./run-sync";

let harness: Harness;
beforeAll(async () => {
  // A lease far longer than the test: only a release frees it in time.
  harness = await startHarness({ SALDO_SYNC_LEASE_SECONDS: "600", SALDO_MIN_SYNC_SECONDS: "0" });
});
afterAll(async () => harness.close());

async function refuseNewRuns(refuse: boolean) {
  if (refuse) await db().$executeRawUnsafe(`CREATE TRIGGER "refuse_sync_run" BEFORE INSERT ON "SyncRun" BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
  else await db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS "refuse_sync_run"`);
}

async function lease(userId: string) {
  return db().syncState.findUnique({ where: { userId }, select: { leaseOwner: true, leaseUntil: true } });
}

describe("a run the store refuses to record", () => {
  it("releases the sync lease, and the next sync runs", async () => {
    const userId = await loginAs(harness, "kari");
    await refuseNewRuns(true);
    await expect(runSync(userId, "manual")).rejects.toThrow();
    expect(await lease(userId)).toMatchObject({ leaseOwner: null, leaseUntil: null });
    await refuseNewRuns(false);
    const outcome = await runSync(userId, "manual");
    expect(outcome.status).toBe("success");
  });

  it("releases the lease a backfill step took", async () => {
    const userId = await loginAs(harness, "ola");
    await runSync(userId, "login");
    // The first sync left history to walk back through.
    const account = await db().account.findFirstOrThrow({ where: { userId }, select: { backfilledFrom: true } });
    expect(account.backfilledFrom).not.toBeNull();
    await refuseNewRuns(true);
    await expect(runBackfill(userId, { maxSteps: 1 })).rejects.toThrow();
    expect(await lease(userId)).toMatchObject({ leaseOwner: null, leaseUntil: null });
    await refuseNewRuns(false);
    await expect(runSync(userId, "manual")).resolves.toMatchObject({ status: "success" });
  });
});
