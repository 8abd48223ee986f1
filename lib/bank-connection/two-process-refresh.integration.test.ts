// Two OS processes hit an expired access token at the same moment while the bank's token endpoint
// takes longer than a fixed 30 s lease would allow, with the bank timeout at its maximum (120 s):
// the refresh lease must outlast the call, so exactly one refresh reaches the bank.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../../test-support/bank-harness";
import { loginAs } from "../../test-support/saldo-login";
import { expireStoredAccessToken } from "../../test-support/store-snapshot";
import { db } from "../db/client";
import { runSync } from "../sync/run-sync";
import { decryptRefreshToken } from "./token-columns";

const TOKEN_ENDPOINT_SECONDS = 32;
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ SALDO_RATE_BUDGET: "60", SB1_TIMEOUT_MS: "120000" });
});
afterAll(async () => harness.close());

function child(userId: string): Promise<{ code: number | null; out: string; err: string }> {
  const root = path.resolve(import.meta.dirname, "../..");
  const process_ = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "test-support", "refresh-child.ts"), userId], {
    cwd: root,
    env: { ...process.env, ...harness.env },
    stdio: "pipe",
  });
  let out = "";
  let err = "";
  process_.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  process_.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => process_.on("exit", (code) => resolve({ code, out, err })));
}

describe("two processes refreshing one connection at expiry", () => {
  it("send exactly one refresh to the bank, store its tokens once, and keep the login", { timeout: 120_000 }, async () => {
    const userId = await loginAs(harness, "ola");
    await expireStoredAccessToken(userId);
    const before = await db().bankConnection.findUniqueOrThrow({ where: { userId } });
    await harness.control.clearCalls();
    await harness.control.addFaults([{ match: "/oauth/token", fault: "latency", latencyMs: TOKEN_ENDPOINT_SECONDS * 1000, times: 1 }]);

    const [first, second] = await Promise.all([child(userId), child(userId)]);
    expect(first.code, first.err).toBe(0);
    expect(second.code, second.err).toBe(0);
    const results = [JSON.parse(first.out), JSON.parse(second.out)] as { tokenHash: string; version: number }[];
    expect(results[0]!.tokenHash).toBe(results[1]!.tokenHash);
    expect(results[0]!.version).toBe(before.tokenVersion + 1);

    const refreshes = (await harness.control.calls()).filter((call) => call.grantType === "refresh_token");
    expect(refreshes).toHaveLength(1);
    const after = await db().bankConnection.findUniqueOrThrow({ where: { userId } });
    expect(after).toMatchObject({ status: "active", tokenVersion: before.tokenVersion + 1, leaseOwner: null });
    expect(decryptRefreshToken(after.id, after.refreshTokenEnc)).not.toBe(decryptRefreshToken(before.id, before.refreshTokenEnc));
    // The stored (rotated) refresh token is the live one: the login goes on without BankID.
    await harness.control.clearFaults();
    await expireStoredAccessToken(userId);
    await expect(runSync(userId, "manual")).resolves.toMatchObject({ status: "success" });
    expect((await db().bankConnection.findUniqueOrThrow({ where: { userId } })).status).toBe("active");
  });

  it("never lets a late refresh overwrite a newer login's tokens", async () => {
    const userId = await loginAs(harness, "kari");
    const { storeRotatedTokens, tryAcquireLease } = await import("../db/bank-connections");
    const { encryptTokens } = await import("./token-columns");
    const connection = await db().bankConnection.findUniqueOrThrow({ where: { userId } });
    expect(await tryAcquireLease(connection.id, "late-refresher", new Date(), 60_000)).toBe(true);
    // Meanwhile the owner logs in again with BankID: new tokens, new version.
    await loginAs(harness, "kari");
    const fresh = await db().bankConnection.findUniqueOrThrow({ where: { userId } });
    const stale = encryptTokens(connection.id, { accessToken: "late-access", refreshToken: "late-refresh", accessExpiresAt: new Date(Date.now() + 600_000) });
    expect(await storeRotatedTokens(connection.id, connection.tokenVersion, stale)).toBe(false);
    const after = await db().bankConnection.findUniqueOrThrow({ where: { userId } });
    expect(after.refreshTokenEnc).toBe(fresh.refreshTokenEnc);
    expect(after.tokenVersion).toBe(fresh.tokenVersion);
  });

  it("stores a refresh's tokens though its lease lapsed and another request took it meanwhile (the bank has already rotated them)", async () => {
    const userId = await loginAs(harness, "kari");
    const { storeRotatedTokens, tryAcquireLease } = await import("../db/bank-connections");
    const { encryptTokens } = await import("./token-columns");
    const connection = await db().bankConnection.findUniqueOrThrow({ where: { userId } });
    const started = new Date();
    expect(await tryAcquireLease(connection.id, "slow-refresher", started, 1_000)).toBe(true);
    // The store was slow: the lease lapsed, and a waiting request took it to refresh in turn.
    expect(await tryAcquireLease(connection.id, "next-in-line", new Date(started.getTime() + 1_001), 60_000)).toBe(true);
    const rotated = encryptTokens(connection.id, { accessToken: "rotated-access", refreshToken: "rotated-refresh", accessExpiresAt: new Date(Date.now() + 600_000) });
    expect(await storeRotatedTokens(connection.id, connection.tokenVersion, rotated)).toBe(true);
    const after = await db().bankConnection.findUniqueOrThrow({ where: { userId } });
    expect(after).toMatchObject({ refreshTokenEnc: rotated.refreshTokenEnc, tokenVersion: connection.tokenVersion + 1, status: "active" });
    // The request that took the lease refreshes the old version: it can store nothing over them.
    const late = encryptTokens(connection.id, { accessToken: "late-access", refreshToken: "late-refresh", accessExpiresAt: new Date(Date.now() + 600_000) });
    expect(await storeRotatedTokens(connection.id, connection.tokenVersion, late)).toBe(false);
  });
});
