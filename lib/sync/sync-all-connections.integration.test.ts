// The scheduled sync spends bank calls on the deployment's owner only: a connection left by a person
// who is not the owner (they claimed the deployment before SALDO_OWNER named someone else) is skipped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../../test-support/bank-harness";
import { loginAs } from "../../test-support/saldo-login";
import { db } from "../db/client";
import { claimOwner } from "../db/deployment-owner";
import { syncAllConnections } from "./sync-all-connections";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ SALDO_MIN_SYNC_SECONDS: "0", SALDO_BACKFILL_DAYS: "0" });
});
afterAll(async () => harness.close());

async function subjectOf(userId: string) {
  return (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { bankSubject: true } })).bankSubject!;
}

describe("the scheduled sync", () => {
  it("syncs every connection while no owner is known, then the owner's only", async () => {
    const kari = await loginAs(harness, "kari");
    const ola = await loginAs(harness, "ola");
    expect((await syncAllConnections()).map((result) => result.status)).toEqual(["success", "success"]);

    await claimOwner(await subjectOf(kari));
    const syncedBefore = await db().syncRun.count({ where: { userId: ola } });
    const results = await syncAllConnections();
    expect(results).toHaveLength(2);
    expect(results).toContainEqual(expect.objectContaining({ status: "success" }));
    expect(results).toContainEqual({ status: "skipped", code: "not_owner" });
    expect(await db().syncRun.count({ where: { userId: ola } })).toBe(syncedBefore);
  });
});
