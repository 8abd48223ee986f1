import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../../test-support/bank-harness";
import { loginAs } from "../../test-support/saldo-login";
import { balancesOnly, storeSnapshot } from "../../test-support/store-snapshot";
import { waitFor } from "../../test-support/wait-for";
import { db } from "../db/client";
import { runSync } from "./run-sync";

let harness: Harness;
// The shortest lease the configuration accepts with a 1.5 s bank timeout (two calls and a margin).
const LEASE_SECONDS = 8;

beforeAll(async () => {
  harness = await startHarness({ SALDO_RATE_BUDGET: "60", SB1_TIMEOUT_MS: "1500", SALDO_SYNC_LEASE_SECONDS: String(LEASE_SECONDS) });
});
afterAll(async () => harness.close());

function startChildSync(userId: string) {
  const root = path.resolve(import.meta.dirname, "../..");
  return spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "test-support", "sync-child.ts"), userId], {
    cwd: root,
    env: { ...process.env, ...harness.env },
    stdio: "pipe",
  });
}

describe("a sync process killed mid-way", () => {
  it("leaves the store consistent, and the next sync completes once its lease lapses", { timeout: 40_000 }, async () => {
    const userId = await loginAs(harness, "kari");
    await runSync(userId, "login");
    const before = await storeSnapshot(userId);

    // Slow the transactions call down so the kill lands while the sync is in flight.
    await harness.control.addFaults([{ match: "/personal/banking/transactions", fault: "latency", latencyMs: 10_000, times: 1 }]);
    await harness.control.clearCalls();
    const child = startChildSync(userId);
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code, signal) => resolve(signal ? -1 : code)));
    await waitFor(async () => (await harness.control.calls()).some((call) => call.path.startsWith("/personal/banking/transactions")));
    child.kill("SIGKILL");
    expect(await exited).toBe(-1);

    // The accounts answer that arrived before the kill is kept; no row changed.
    const killed = await storeSnapshot(userId);
    expect(killed.transactions).toEqual(before.transactions);
    expect(balancesOnly(killed)).toEqual(balancesOnly(before));
    const orphan = await db().syncRun.findFirstOrThrow({ where: { userId }, orderBy: { startedAt: "desc" } });
    expect(orphan.status).toBe("running");

    // While the dead process's lease lives, a new sync is refused; after it lapses, one completes.
    await expect(runSync(userId, "manual")).rejects.toMatchObject({ code: "conflict" });
    await new Promise((resolve) => setTimeout(resolve, LEASE_SECONDS * 1000 + 100));
    await harness.control.clearFaults();
    await expect(runSync(userId, "manual")).resolves.toMatchObject({ status: "success" });
    expect(await db().syncRun.findUniqueOrThrow({ where: { id: orphan.id } })).toMatchObject({ status: "failed", errorCode: "interrupted" });
    const after = await storeSnapshot(userId);
    expect(after.transactions.filter((row) => row.includes("|BOOKED|"))).toEqual(before.transactions.filter((row) => row.includes("|BOOKED|")));
  });
});
