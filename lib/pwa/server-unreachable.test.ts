import { describe, expect, it } from "vitest";
import type { PluginState, SerwistPlugin } from "serwist";
import { serverUnreachable } from "./server-unreachable";

const request = new Request("https://saldo.example/transactions");
const event = new Event("fetch") as unknown as Parameters<NonNullable<SerwistPlugin["fetchDidSucceed"]>>[0]["event"];

/** One request through the plugin as a Serwist strategy runs it: the network's answer, then the strategy's fallback. */
async function through(response: Response) {
  const state: PluginState = {};
  const passed = await Promise.resolve()
    .then(() => serverUnreachable.fetchDidSucceed!({ request, response, event, state }))
    .then(
      (answer: Response) => ({ answer }),
      (error: Error) => ({ error }),
    );
  const fallback = await serverUnreachable.handlerDidError!({ request, event, error: new Error("no-response"), state });
  return { passed, fallback };
}

describe("serverUnreachable", () => {
  it.each([502, 503, 504])("counts a %i as no answer, and hands it back when nothing is saved", async (status) => {
    const gateway = new Response("Bad gateway", { status });
    const { passed, fallback } = await through(gateway);
    expect("error" in passed && passed.error.message).toBe(`Saldo's gateway answered ${status}`);
    expect(fallback).toBe(gateway);
  });

  it.each([200, 304, 400, 401, 404, 500])("passes a %i on as the answer", async (status) => {
    const answer = new Response(status === 304 ? null : "x", { status });
    const { passed, fallback } = await through(answer);
    expect("answer" in passed && passed.answer).toBe(answer);
    expect(fallback).toBeUndefined();
  });
});
