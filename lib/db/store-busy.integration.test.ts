// Two writers in one server: the store's adapter runs one transaction at a time, so the second waits
// for the first and, past its wait limit, gives up. That is a busy store to retry (503), never a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../../test-support/bank-harness";
import { toSaldoError } from "../errors/saldo-error";
import { db } from "./client";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.close());

describe("a transaction that waits too long for another", () => {
  it("fails as store_busy with a time to retry", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const first = db().$transaction(
      async (tx) => {
        await tx.syncState.count();
        started();
        await held;
      },
      { timeout: 20_000, maxWait: 5_000 },
    );
    await running;
    const error = await db()
      .$transaction((tx) => tx.syncState.count(), { timeout: 5_000, maxWait: 300 })
      .then(
        () => null,
        (failure: unknown) => failure,
      );
    release();
    await first;
    expect(error).not.toBeNull();
    const mapped = toSaldoError(error, "fallback");
    expect(mapped).toMatchObject({ code: "store_busy", status: 503 });
    expect(mapped.retryAt!.getTime()).toBeGreaterThan(Date.now());
  });
});
