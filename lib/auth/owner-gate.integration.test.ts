// SALDO_OWNER set after someone else claimed the deployment: the owner's login moves the claim, so
// removing SALDO_OWNER later does not let the earlier claimant back in, and ends the sessions and the
// bank connection the claimant still had.
import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../test-support/temp-database";

let isOwner: typeof import("./owner-gate").isOwner;
let claimOwner: typeof import("../db/deployment-owner").claimOwner;
let readOwner: typeof import("../db/deployment-owner").readOwner;
let db: typeof import("../db/client").db;

beforeAll(async () => {
  await useTempDatabase();
  process.env.SALDO_OWNER = "sb1:owner";
  ({ isOwner } = await import("./owner-gate"));
  ({ claimOwner, readOwner } = await import("../db/deployment-owner"));
  ({ db } = await import("../db/client"));
});

/** A bank customer who logged in before: a user, a session and a bank connection. */
async function customer(bankSubject: string) {
  const user = await db().user.create({ data: { bankSubject } });
  const expires = new Date(Date.now() + 86_400_000);
  await db().session.create({ data: { sessionToken: `token-${bankSubject}`, userId: user.id, expires } });
  await db().bankConnection.create({ data: { userId: user.id, accessTokenEnc: "sealed", accessExpiresAt: expires, refreshTokenEnc: "sealed" } });
  return user.id;
}

describe("isOwner with SALDO_OWNER set", () => {
  it("refuses the earlier claimant and moves the claim to the owner at the owner's login", async () => {
    await claimOwner("sb1:first-claimant");
    const claimant = await customer("sb1:first-claimant");
    const owner = await customer("sb1:owner");
    expect(await isOwner("sb1:first-claimant")).toBe(false);
    expect(await readOwner()).toBe("sb1:first-claimant");
    expect(await db().session.count({ where: { userId: claimant } })).toBe(1);
    expect(await isOwner("sb1:owner")).toBe(true);
    expect(await readOwner()).toBe("sb1:owner");
    // The claimant's access is gone (what was synced for them stays); the owner's is untouched.
    expect(await db().session.count({ where: { userId: claimant } })).toBe(0);
    expect(await db().bankConnection.count({ where: { userId: claimant } })).toBe(0);
    expect(await db().user.count({ where: { id: claimant } })).toBe(1);
    expect(await db().session.count({ where: { userId: owner } })).toBe(1);
    expect(await db().bankConnection.count({ where: { userId: owner } })).toBe(1);
    expect(await isOwner("sb1:owner")).toBe(true);
    expect(await readOwner()).toBe("sb1:owner");
  });
});
