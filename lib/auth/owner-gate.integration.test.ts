// SALDO_OWNER set after someone else claimed the deployment: the owner's login moves the claim, so
// removing SALDO_OWNER later does not let the earlier claimant back in.
import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../test-support/temp-database";

let isOwner: typeof import("./owner-gate").isOwner;
let claimOwner: typeof import("../db/deployment-owner").claimOwner;
let readOwner: typeof import("../db/deployment-owner").readOwner;

beforeAll(async () => {
  await useTempDatabase();
  process.env.SALDO_OWNER = "sb1:owner";
  ({ isOwner } = await import("./owner-gate"));
  ({ claimOwner, readOwner } = await import("../db/deployment-owner"));
});

describe("isOwner with SALDO_OWNER set", () => {
  it("refuses the earlier claimant and moves the claim to the owner at the owner's login", async () => {
    await claimOwner("sb1:first-claimant");
    expect(await isOwner("sb1:first-claimant")).toBe(false);
    expect(await readOwner()).toBe("sb1:first-claimant");
    expect(await isOwner("sb1:owner")).toBe(true);
    expect(await readOwner()).toBe("sb1:owner");
    expect(await isOwner("sb1:owner")).toBe(true);
    expect(await readOwner()).toBe("sb1:owner");
  });
});
