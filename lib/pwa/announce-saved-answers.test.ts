import { describe, expect, it, vi } from "vitest";
import { announceSavedAnswers } from "./announce-saved-answers";
import { savedAnswerMessage } from "./saved-copy";

const saved = new Response("[]", { headers: { date: "Wed, 02 Dec 2026 07:41:00 GMT" } });

function fetchEvent(aborted: boolean) {
  const controller = new AbortController();
  if (aborted) controller.abort();
  return { clientId: "tab-1", request: new Request("https://saldo.example/api/transactions?limit=40", { signal: controller.signal }) };
}

async function use(plugin: ReturnType<typeof announceSavedAnswers>, event: ReturnType<typeof fetchEvent>) {
  return plugin.cachedResponseWillBeUsed!({ cacheName: "data", request: event.request, cachedResponse: saved, event, state: {} } as never);
}

describe("announceSavedAnswers", () => {
  it("tells the page that asked that its answer is a saved one, with the answer's date", async () => {
    const postMessage = vi.fn();
    const plugin = announceSavedAnswers(async (id) => (id === "tab-1" ? { postMessage } : undefined));
    await expect(use(plugin, fetchEvent(false))).resolves.toBe(saved);
    expect(postMessage).toHaveBeenCalledWith(savedAnswerMessage("Wed, 02 Dec 2026 07:41:00 GMT"));
  });

  // A request the page gave up on (a new filter, another page) fails in the worker as if the network
  // had: the page never sees that answer, and must not be told it is offline.
  it("says nothing for a request the page cancelled", async () => {
    const postMessage = vi.fn();
    const plugin = announceSavedAnswers(async () => ({ postMessage }));
    await expect(use(plugin, fetchEvent(true))).resolves.toBe(saved);
    expect(postMessage).not.toHaveBeenCalled();
  });
});
