// The store is busy (another writer holds SQLite's lock) just as the bank answers a token refresh:
// the bank has already rotated the refresh token, so its answer must still be read and stored, or
// the owner has to log in with BankID again. The lock is a real one, held by another process.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../../test-support/bank-harness";
import { loginAs } from "../../test-support/saldo-login";
import { expireStoredAccessToken } from "../../test-support/store-snapshot";
import { waitFor } from "../../test-support/wait-for";
import { db } from "../db/client";
import { getAccessToken } from "./access-token";

const TIMEOUT_MS = 1_000;
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ SB1_TIMEOUT_MS: String(TIMEOUT_MS) });
});
afterAll(async () => harness.close());

/** Another process, ready to hold the store's write lock for `ms` when asked (it lets go by itself). */
async function lockHolder(databaseUrl: string, ms: number): Promise<{ lock(): Promise<void> }> {
  const script = path.resolve(import.meta.dirname, "../../test-support/hold-write-lock.mjs");
  const child = spawn(process.execPath, [script, databaseUrl, String(ms)], { stdio: ["pipe", "pipe", "inherit"] });
  const said = (word: string) =>
    new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes(word) && resolve());
      child.on("exit", (code) => reject(new Error(`the lock holder exited (${code}) before it said ${word}`)));
    });
  await said("ready");
  return {
    lock: () => {
      const locked = said("locked");
      child.stdin.write("lock\n");
      return locked;
    },
  };
}

describe("a token refresh whose answer arrives while the store is busy", () => {
  it("keeps the bank's rotated tokens", { timeout: 30_000 }, async () => {
    const userId = await loginAs(harness, "kari");
    const before = await db().bankConnection.findUniqueOrThrow({ where: { userId } });
    await expireStoredAccessToken(userId);
    // The bank answers late in the call's time limit, and the store stays locked past that limit.
    await harness.control.addFaults([{ match: "/oauth/token", fault: "latency", latencyMs: Math.round(TIMEOUT_MS * 0.6), times: 1 }]);
    const holder = await lockHolder(harness.databaseUrl, TIMEOUT_MS * 1.5);
    const refreshing = getAccessToken(userId).then(
      (token) => ({ version: token.version }),
      (error: { code?: string }) => ({ error: error.code }),
    );
    // Once the refresh call is on its way (its slot reserved, not yet completed), lock the store.
    await waitFor(async () => (await db().upstreamCall.count({ where: { endpoint: "POST /oauth/token (refresh)", status: null } })) === 1, { timeoutMs: 10_000, stepMs: 10 });
    await holder.lock();

    expect(await refreshing).toEqual({ version: before.tokenVersion + 1 });
    const after = await db().bankConnection.findUniqueOrThrow({ where: { userId } });
    expect(after).toMatchObject({ status: "active", tokenVersion: before.tokenVersion + 1 });
    // The stored refresh token is the bank's new one: the next refresh works.
    await expireStoredAccessToken(userId);
    expect(await getAccessToken(userId)).toMatchObject({ version: before.tokenVersion + 2 });
  });
});
