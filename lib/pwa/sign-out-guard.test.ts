import { describe, expect, it } from "vitest";
import type { PluginState, SerwistPlugin } from "serwist";
import { signOutGuard } from "./sign-out-guard";

const request = new Request("https://saldo.example/api/transactions?limit=40");
// What the strategy hands each callback; the guard never reads it.
const event = new Event("fetch") as unknown as Parameters<NonNullable<SerwistPlugin["handlerWillStart"]>>[0]["event"];

/** One request through the guard as a Serwist strategy runs it: start, then the write and after it. */
function handlerRun(plugin: SerwistPlugin) {
  const state: PluginState = {};
  return {
    start: () => plugin.handlerWillStart!({ request, event, state }),
    willWrite: (response: Response) => plugin.cacheWillUpdate!({ request, response, event, state }),
    didWrite: () => plugin.cacheDidUpdate!({ cacheName: "saldo-data-b1-v1", request, newResponse: new Response("x"), event, state }),
  };
}

function fakeCaches() {
  const deleted: string[] = [];
  const open = async (cacheName: string) => ({
    delete: async (key: RequestInfo | URL) => {
      deleted.push(`${cacheName} ${key instanceof Request ? key.url : String(key)}`);
      return true;
    },
  });
  return { deleted, open };
}

describe("signOutGuard", () => {
  it("lets an answer through when no sign-out happened since its request started", async () => {
    const { deleted, open } = fakeCaches();
    const guard = signOutGuard(open);
    guard.signedOut(); // an earlier session's sign-out does not matter
    const run = handlerRun(guard.plugin);
    await run.start();
    const answer = new Response("rows");
    expect(await run.willWrite(answer)).toBe(answer);
    await run.didWrite();
    expect(deleted).toEqual([]);
  });

  it("refuses an answer whose request started before a sign-out", async () => {
    const { deleted, open } = fakeCaches();
    const guard = signOutGuard(open);
    const run = handlerRun(guard.plugin);
    await run.start();
    guard.signedOut();
    expect(await run.willWrite(new Response("rows"))).toBeNull();
    // A request that starts after the sign-out (the next session's) is kept again.
    const next = handlerRun(guard.plugin);
    await next.start();
    expect(await next.willWrite(new Response("rows"))).not.toBeNull();
    expect(deleted).toEqual([]);
  });

  it("deletes an answer again when the sign-out ran while it was being written", async () => {
    const { deleted, open } = fakeCaches();
    const guard = signOutGuard(open);
    const run = handlerRun(guard.plugin);
    await run.start();
    expect(await run.willWrite(new Response("rows"))).not.toBeNull();
    guard.signedOut();
    await run.didWrite();
    expect(deleted).toEqual([`saldo-data-b1-v1 ${request.url}`]);
  });
});
