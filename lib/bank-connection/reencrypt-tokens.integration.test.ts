import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startHarness, type Harness } from "../../test-support/bank-harness";
import { loginAs } from "../../test-support/saldo-login";
import { expireStoredAccessToken, storeSnapshot } from "../../test-support/store-snapshot";
import { appConfig } from "../config/app-config";
import { decryptSecret, encryptSecret, encryptionKeyId } from "../crypto/aes-gcm";
import { parseKeyring } from "../crypto/keyring";
import { db } from "../db/client";
import { runSync } from "../sync/run-sync";
import { getAccessToken } from "./access-token";
import { checkStoredTokensReadable } from "./check-keyring";
import { reencryptAllTokens } from "./reencrypt-tokens";
import { decryptAccessToken, decryptRefreshToken } from "./token-columns";

// Runs just before the conditional write, to play a refresh that lands between read and write.
const hooks = vi.hoisted(() => ({ beforeReplace: undefined as undefined | ((connectionId: string) => Promise<void>) }));
vi.mock("../db/bank-connections", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../db/bank-connections")>();
  return {
    ...actual,
    replaceTokenEnvelopes: async (...args: Parameters<typeof actual.replaceTokenEnvelopes>) => {
      await hooks.beforeReplace?.(args[0]);
      return actual.replaceTokenEnvelopes(...args);
    },
  };
});

const k1 = `k1:${randomBytes(32).toString("base64")}`;
const k2 = `k2:${randomBytes(32).toString("base64")}`;
const everyKey = parseKeyring(`${k2},${k1}`);

let harness: Harness;
let kari: string;
let ola: string;

/** A process restart with SALDO_ENCRYPTION_KEY set to `value`. */
function restartWithKeys(value: string) {
  appConfig().keyring = parseKeyring(value);
}

const connectionOf = (userId: string) => db().bankConnection.findUniqueOrThrow({ where: { userId } });
const keyIds = (row: { accessTokenEnc: string; refreshTokenEnc: string }) => [encryptionKeyId(row.accessTokenEnc), encryptionKeyId(row.refreshTokenEnc)];
const plainTokens = (row: { id: string; accessTokenEnc: string; refreshTokenEnc: string }) => ({
  access: decryptSecret(row.accessTokenEnc, everyKey, `bank-connection:${row.id}:access`),
  refresh: decryptSecret(row.refreshTokenEnc, everyKey, `bank-connection:${row.id}:refresh`),
});

beforeAll(async () => {
  harness = await startHarness({ SALDO_RATE_BUDGET: "60", SALDO_ENCRYPTION_KEY: k1 });
  kari = await loginAs(harness, "kari");
  ola = await loginAs(harness, "ola");
  await runSync(kari, "login");
});
afterAll(async () => harness.close());

// Every test starts from tokens written under k1 alone, as before a rotation.
beforeEach(async () => {
  hooks.beforeReplace = undefined;
  await db().upstreamCall.deleteMany();
  await harness.control.clearCalls();
  const k1Only = parseKeyring(k1);
  for (const row of await db().bankConnection.findMany()) {
    const { access, refresh } = plainTokens(row);
    await db().bankConnection.update({
      where: { id: row.id },
      data: {
        accessTokenEnc: encryptSecret(access, k1Only, `bank-connection:${row.id}:access`),
        refreshTokenEnc: encryptSecret(refresh, k1Only, `bank-connection:${row.id}:refresh`),
        status: "active",
        lastError: null,
      },
    });
  }
  restartWithKeys(k1);
});

describe("reencryptAllTokens", () => {
  it("moves both columns of every connection to the newest key, and a second run finds nothing to do", async () => {
    const before = await connectionOf(kari);
    expect(keyIds(before)).toEqual(["k1", "k1"]);
    restartWithKeys(`${k2},${k1}`);
    expect(await checkStoredTokensReadable()).toEqual({ ok: true, missingKeyIds: [], unreadable: 0 });

    expect(await reencryptAllTokens()).toEqual({ connections: 2, reencrypted: 2, alreadyCurrent: 0, failed: [] });
    for (const userId of [kari, ola]) expect(keyIds(await connectionOf(userId))).toEqual(["k2", "k2"]);
    const after = await connectionOf(kari);
    expect(plainTokens(after)).toEqual(plainTokens(before));
    expect(after.tokenVersion).toBe(before.tokenVersion);

    // With k1 gone the rotated tokens still work, from the store and through a refresh.
    restartWithKeys(k2);
    expect(await checkStoredTokensReadable()).toEqual({ ok: true, missingKeyIds: [], unreadable: 0 });
    await expect(getAccessToken(kari)).resolves.toEqual({ token: plainTokens(before).access, version: before.tokenVersion });
    await expireStoredAccessToken(kari);
    const refreshed = await getAccessToken(kari);
    expect(refreshed.version).toBe(before.tokenVersion + 1);
    expect(decryptRefreshToken(after.id, (await connectionOf(kari)).refreshTokenEnc)).not.toBe(plainTokens(before).refresh);

    restartWithKeys(`${k2},${k1}`);
    expect(await reencryptAllTokens()).toEqual({ connections: 2, reencrypted: 0, alreadyCurrent: 2, failed: [] });
  });

  it("reports a tampered row, leaves it exactly as it was, and still rotates the others", async () => {
    const row = await connectionOf(ola);
    const parts = row.refreshTokenEnc.split(".");
    const tag = Buffer.from(parts[4]!, "base64url");
    tag[0] = tag[0]! ^ 1;
    parts[4] = tag.toString("base64url");
    const tampered = { ...row, refreshTokenEnc: parts.join(".") };
    await db().bankConnection.update({ where: { id: row.id }, data: { refreshTokenEnc: tampered.refreshTokenEnc } });
    restartWithKeys(`${k2},${k1}`);

    const report = await reencryptAllTokens();
    expect(report).toEqual({ connections: 2, reencrypted: 1, alreadyCurrent: 0, failed: [{ connectionId: row.id, reason: "decrypt_failed" }] });
    expect(JSON.stringify(report)).not.toContain(plainTokens(row).access);
    const after = await connectionOf(ola);
    expect([after.accessTokenEnc, after.refreshTokenEnc, after.tokenVersion]).toEqual([row.accessTokenEnc, tampered.refreshTokenEnc, row.tokenVersion]);
    expect(keyIds(await connectionOf(kari))).toEqual(["k2", "k2"]);
    await db().bankConnection.update({ where: { id: row.id }, data: { refreshTokenEnc: row.refreshTokenEnc } });
  });

  it("does not overwrite a refresh that lands between its read and its write", async () => {
    const before = await connectionOf(kari);
    restartWithKeys(`${k2},${k1}`);
    await expireStoredAccessToken(kari);
    hooks.beforeReplace = async (connectionId) => {
      if (connectionId !== before.id) return;
      hooks.beforeReplace = undefined;
      await getAccessToken(kari);
    };

    const report = await reencryptAllTokens();
    const after = await connectionOf(kari);
    expect(after.tokenVersion).toBe(before.tokenVersion + 1);
    // The refresh's tokens (written under k2) survived; the retry found them current.
    expect(report).toEqual({ connections: 2, reencrypted: 1, alreadyCurrent: 1, failed: [] });
    expect(keyIds(after)).toEqual(["k2", "k2"]);
    expect(plainTokens(after).refresh).not.toBe(plainTokens(before).refresh);
    await expect(getAccessToken(kari)).resolves.toMatchObject({ version: after.tokenVersion });
  });

  it("retries a row once and reports a conflict if its tokens change again", async () => {
    const row = await connectionOf(ola);
    restartWithKeys(`${k2},${k1}`);
    // An old process, still on k1 alone, stores new tokens twice in a row (played as version bumps).
    hooks.beforeReplace = async (connectionId) => {
      if (connectionId === row.id) await db().bankConnection.update({ where: { id: row.id }, data: { tokenVersion: { increment: 1 } } });
    };
    const report = await reencryptAllTokens();
    expect(report.failed).toEqual([{ connectionId: row.id, reason: "conflict" }]);
    const after = await connectionOf(ola);
    expect(keyIds(after)).toEqual(["k1", "k1"]);
    expect(after.tokenVersion).toBe(row.tokenVersion + 2);
  });
});

describe("a key dropped from SALDO_ENCRYPTION_KEY", () => {
  it("is named at start-up, and costs a new login instead of a crash or data", async () => {
    const data = await storeSnapshot(kari);
    expect(data.accounts.length).toBeGreaterThan(0);
    restartWithKeys(k2);
    expect(await checkStoredTokensReadable()).toEqual({ ok: false, missingKeyIds: ["k1"], unreadable: 2 });

    const error = await getAccessToken(kari).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "login_needed", message: expect.stringContaining('key "k1"') });
    const connection = await connectionOf(kari);
    expect(connection).toMatchObject({ status: "login_needed", leaseOwner: null, lastError: expect.stringContaining("BankID") });
    expect(keyIds(connection)).toEqual(["k1", "k1"]);
    expect(await storeSnapshot(kari)).toEqual(data);
    await expect(runSync(kari, "manual")).rejects.toMatchObject({ code: "login_needed" });
    expect(await storeSnapshot(kari)).toEqual(data);

    // The new BankID login stores tokens under the new key and the connection works again.
    await loginAs(harness, "kari");
    const relogged = await connectionOf(kari);
    expect(relogged.status).toBe("active");
    expect(keyIds(relogged)).toEqual(["k2", "k2"]);
    await expect(getAccessToken(kari)).resolves.toMatchObject({ token: decryptAccessToken(relogged.id, relogged.accessTokenEnc) });
    expect(await checkStoredTokensReadable()).toEqual({ ok: false, missingKeyIds: ["k1"], unreadable: 1 });
  });

  it("marks the login as needed when the refresh token is the unreadable one", async () => {
    restartWithKeys(k2);
    await expireStoredAccessToken(ola);
    await expect(getAccessToken(ola)).rejects.toMatchObject({ code: "login_needed" });
    expect(await connectionOf(ola)).toMatchObject({ status: "login_needed", leaseOwner: null, leaseUntil: null });
    expect((await harness.control.calls()).filter((call) => call.grantType === "refresh_token")).toHaveLength(0);
  });

  it("comes back when the key is added again and the tokens rotated, as the start-up warning says", async () => {
    restartWithKeys(k2);
    await expect(getAccessToken(ola)).rejects.toMatchObject({ code: "login_needed" });
    // The owner adds the dropped key back beside the new one and runs npm run keys:rotate.
    restartWithKeys(`${k2},${k1}`);
    const report = await reencryptAllTokens();
    expect(report.failed).toEqual([]);
    const connection = await connectionOf(ola);
    expect(connection).toMatchObject({ status: "active", lastError: null });
    expect(keyIds(connection)).toEqual(["k2", "k2"]);
    // The login works again (a refresh, if the access token has run out, goes through).
    await expect(getAccessToken(ola)).resolves.toMatchObject({ token: expect.any(String) });
    expect(await connectionOf(ola)).toMatchObject({ status: "active" });
  });

  it("comes back too when its tokens were already on the key in front (only that key had been left out)", async () => {
    // Tokens on k2; the variable is set to k1 alone by mistake, and the login is marked as needing BankID.
    restartWithKeys(`${k2},${k1}`);
    expect((await reencryptAllTokens()).failed).toEqual([]);
    restartWithKeys(k1);
    await expect(getAccessToken(ola)).rejects.toMatchObject({ code: "login_needed" });
    restartWithKeys(`${k2},${k1}`);
    expect(await reencryptAllTokens()).toMatchObject({ reencrypted: 0, failed: [] });
    expect(await connectionOf(ola)).toMatchObject({ status: "active", lastError: null });
  });

  it("keeps a login the bank itself ended ended, whatever the rotation", async () => {
    await db().bankConnection.update({ where: { userId: ola }, data: { status: "login_needed", lastError: "The bank no longer accepts this login; log in with BankID again." } });
    restartWithKeys(`${k2},${k1}`);
    await reencryptAllTokens();
    expect(await connectionOf(ola)).toMatchObject({ status: "login_needed" });
  });
});
