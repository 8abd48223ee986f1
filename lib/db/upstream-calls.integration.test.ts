import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../test-support/temp-database";
import { db } from "./client";
import { reserveUpstreamCall } from "./upstream-calls";

const now = new Date("2026-11-23T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

beforeAll(useTempDatabase);
beforeEach(async () => {
  await db().upstreamCall.deleteMany();
});

async function called(...minutes: number[]) {
  await db().upstreamCall.createMany({ data: minutes.map((minute) => ({ at: minutesAgo(minute), endpoint: "GET /test" })) });
}

describe("reserveUpstreamCall", () => {
  it("grants a slot while the budget lasts", async () => {
    await called(50, 40);
    expect((await reserveUpstreamCall("GET /test", 3, now)).granted).toBe(true);
  });

  it("refuses a spent budget until the oldest call leaves the window", async () => {
    await called(50, 40, 30);
    const slot = await reserveUpstreamCall("GET /test", 3, now);
    expect(slot.granted).toBe(false);
    expect(slot.granted ? null : slot.freesAt.toISOString()).toBe("2026-11-23T12:10:00.000Z");
    expect(await db().upstreamCall.count()).toBe(3);
  });

  it("says when there is room again after the budget was lowered below the calls in the window", async () => {
    await called(50, 40, 30, 20);
    const slot = await reserveUpstreamCall("GET /test", 2, now);
    // Two calls must leave the window before one more fits: the second oldest frees at +20 min.
    expect(slot.granted ? null : slot.freesAt.toISOString()).toBe("2026-11-23T12:30:00.000Z");
  });
});
