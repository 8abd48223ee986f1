// A session counts only while its user is the deployment's owner: SALDO_OWNER if set, else whoever
// claimed the deployment. A SALDO_OWNER set after another person claimed it ends that person's
// sessions at their next request instead of when they lapse (up to 30 days later).
import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../test-support/temp-database";

let store: typeof import("./auth-store");
let db: typeof import("./client").db;
let claimOwner: typeof import("./deployment-owner").claimOwner;

const expires = new Date(Date.now() + 3_600_000);

async function userWithSession(subject: string | null, token: string) {
  const user = await store.createUser({ id: crypto.randomUUID(), name: token });
  if (subject) await store.linkBankIdentity(user.id, "sparebank1", subject);
  await store.createSession({ sessionToken: token, userId: user.id, expires });
  return user.id;
}

let first: string;
let other: string;
let unlinked: string;

beforeAll(async () => {
  await useTempDatabase();
  store = await import("./auth-store");
  ({ db } = await import("./client"));
  ({ claimOwner } = await import("./deployment-owner"));
  first = await userWithSession("sb1:first", "token-first");
  other = await userWithSession("sb1:other", "token-other");
  unlinked = await userWithSession(null, "token-unlinked");
});

describe("findSessionAndUser and the deployment's owner", () => {
  it("counts every session while no owner is known, then only the owner's", async () => {
    await db().deploymentOwner.deleteMany();
    expect((await store.findSessionAndUser("token-first", null))?.userId).toBe(first);
    expect((await store.findSessionAndUser("token-other", null))?.userId).toBe(other);
    expect((await store.findSessionAndUser("token-unlinked", null))?.userId).toBe(unlinked);

    await claimOwner("sb1:first");
    expect((await store.findSessionAndUser("token-first", null))?.user.id).toBe(first);
    expect(await store.findSessionAndUser("token-other", null)).toBeNull();
    expect(await store.findSessionAndUser("token-unlinked", null)).toBeNull();
  });

  it("ends the first claimant's sessions once SALDO_OWNER names someone else", async () => {
    await claimOwner("sb1:first");
    expect(await store.findSessionAndUser("token-first", "sb1:other")).toBeNull();
    expect((await store.findSessionAndUser("token-other", "sb1:other"))?.expires.getTime()).toBe(expires.getTime());
    // The sessions themselves stay: setting SALDO_OWNER back lets the first owner in again.
    expect(await db().session.count({ where: { sessionToken: "token-first" } })).toBe(1);
    expect(await store.findSessionAndUser("token-first", "sb1:first")).not.toBeNull();
  });

  it("finds no session for an unknown token", async () => {
    expect(await store.findSessionAndUser("no-such-token", null)).toBeNull();
  });
});
