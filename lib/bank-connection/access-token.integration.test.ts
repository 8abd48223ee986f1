import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../../test-support/bank-harness";
import { loginAs } from "../../test-support/saldo-login";
import { expireStoredAccessToken } from "../../test-support/store-snapshot";
import { db } from "../db/client";
import { isSaldoError } from "../errors/saldo-error";
import { fetchAccounts } from "../sparebank1/banking-api";
import { releaseLease, tryAcquireLease } from "../db/bank-connections";
import { decryptRefreshToken } from "./token-columns";
import { getAccessToken, withAccessToken } from "./access-token";

let harness: Harness;
let userId: string;

beforeAll(async () => {
  harness = await startHarness({ SALDO_RATE_BUDGET: "60" });
});
afterAll(async () => harness.close());
beforeEach(async () => {
  await harness.control.clearFaults();
  await db().upstreamCall.deleteMany();
  userId = await loginAs(harness, "kari");
  await harness.control.clearCalls();
});

const refreshCalls = async () => (await harness.control.calls()).filter((call) => call.grantType === "refresh_token");

describe("getAccessToken", () => {
  it("uses the stored token while it is valid, without calling the bank", async () => {
    const first = await getAccessToken(userId);
    const second = await getAccessToken(userId);
    expect(second.token).toBe(first.token);
    expect(await harness.control.calls()).toHaveLength(0);
  });

  it("refreshes exactly once when 50 requests hit an expired token at the same moment", async () => {
    await expireStoredAccessToken(userId);
    const before = await db().bankConnection.findUniqueOrThrow({ where: { userId } });
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => getAccessToken(userId)));
    const failures = results.filter((result) => result.status === "rejected");
    expect(failures).toEqual([]);
    const tokens = new Set(results.map((result) => (result as PromiseFulfilledResult<{ token: string }>).value.token));
    expect(tokens.size).toBe(1);
    expect(await refreshCalls()).toHaveLength(1);
    const after = await db().bankConnection.findUniqueOrThrow({ where: { userId } });
    expect(after.tokenVersion).toBe(before.tokenVersion + 1);
    expect(after.leaseOwner).toBeNull();
    // The rotated refresh token was stored (encrypted) and works for the next refresh.
    expect(decryptRefreshToken(after.id, after.refreshTokenEnc)).not.toBe(decryptRefreshToken(before.id, before.refreshTokenEnc));
    await expireStoredAccessToken(userId);
    await expect(getAccessToken(userId)).resolves.toMatchObject({ version: before.tokenVersion + 2 });
  });

  it("refreshes once after a 401 and retries the call once", async () => {
    await harness.control.expireAccessTokens();
    const result = await withAccessToken(userId, fetchAccounts);
    expect(result.accounts.length).toBeGreaterThan(3);
    expect(await refreshCalls()).toHaveLength(1);
    const apiCalls = (await harness.control.calls()).filter((call) => call.path.startsWith("/personal/banking/accounts"));
    expect(apiCalls.map((call) => call.status)).toEqual([401, 200]);
  });

  it("marks the login as needed when a spent refresh token is reused (and the bank revokes the family)", async () => {
    const connection = await db().bankConnection.findUniqueOrThrow({ where: { userId } });
    await expireStoredAccessToken(userId);
    await getAccessToken(userId);
    // A stale copy of the old (spent) refresh token comes back, as after a lost write elsewhere.
    await db().bankConnection.update({
      where: { userId },
      data: { refreshTokenEnc: connection.refreshTokenEnc, accessExpiresAt: new Date(Date.now() - 1000) },
    });
    const error = await getAccessToken(userId).catch((caught: unknown) => caught);
    expect(isSaldoError(error, "login_needed")).toBe(true);
    expect((await db().bankConnection.findUniqueOrThrow({ where: { userId } })).status).toBe("login_needed");
    await expect(getAccessToken(userId)).rejects.toMatchObject({ code: "login_needed" });
    // A fresh BankID login brings the connection back.
    await loginAs(harness, "kari");
    await expect(getAccessToken(userId)).resolves.toBeDefined();
  });

  it("says the client secret was rejected on invalid_client", async () => {
    await harness.control.addFaults([{ match: "/oauth/token", fault: "invalid-client", times: 1 }]);
    await expireStoredAccessToken(userId);
    await expect(getAccessToken(userId)).rejects.toMatchObject({ code: "client_rejected", message: expect.stringContaining("developer portal") });
    expect((await db().bankConnection.findUniqueOrThrow({ where: { userId } })).status).toBe("client_rejected");
  });

  it("keeps the connection usable when the token endpoint has a passing fault", async () => {
    await harness.control.addFaults([{ match: "/oauth/token", fault: "server-error", times: 1 }]);
    await expireStoredAccessToken(userId);
    await expect(getAccessToken(userId)).rejects.toMatchObject({ code: "bank_unavailable" });
    const connection = await db().bankConnection.findUniqueOrThrow({ where: { userId } });
    expect(connection.status).toBe("active");
    expect(connection.leaseOwner).toBeNull();
    await expect(getAccessToken(userId)).resolves.toBeDefined();
  });
});

describe("the refresh lease", () => {
  it("is exclusive while live, lapses at its expiry, and only its owner releases it", async () => {
    const { id } = await db().bankConnection.findUniqueOrThrow({ where: { userId } });
    const now = new Date();
    expect(await tryAcquireLease(id, "a", now, 1000)).toBe(true);
    expect(await tryAcquireLease(id, "b", new Date(now.getTime() + 999), 1000)).toBe(false);
    await releaseLease(id, "b");
    expect(await tryAcquireLease(id, "b", new Date(now.getTime() + 500), 1000)).toBe(false);
    expect(await tryAcquireLease(id, "b", new Date(now.getTime() + 1001), 1000)).toBe(true);
    await releaseLease(id, "b");
    expect(await tryAcquireLease(id, "c", now, 1000)).toBe(true);
    await releaseLease(id, "c");
  });

  it("makes a waiter take over when the refresher died holding it", async () => {
    const { id } = await db().bankConnection.findUniqueOrThrow({ where: { userId } });
    await expireStoredAccessToken(userId);
    // A dead process's lease that lapses in 300 ms.
    expect(await tryAcquireLease(id, "dead-process", new Date(Date.now() - 29_700), 30_000)).toBe(true);
    const started = Date.now();
    await expect(getAccessToken(userId)).resolves.toBeDefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(await refreshCalls()).toHaveLength(1);
  });
});
