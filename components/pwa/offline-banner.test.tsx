// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SAVED_COPY_ATTRIBUTE, savedAnswerMessage } from "@/lib/pwa/saved-copy";
import { FRESH_DATA_EVENT } from "@/lib/ui/events";
import { SERVER_RECHECK_MS } from "./use-server-comes-back";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));

const props = {
  offlineTemplate: "Offline, showing data from {time}",
  unreachableTemplate: "Can't reach Saldo, showing data from {time}",
  retryLabel: "Try again",
  renderedAt: "2026-11-30T07:41:00.000Z",
  intlLocale: "en-GB",
};

// The saved answers a page was given live in the module: a fresh one per test.
async function renderBanner() {
  const { OfflineBanner } = await import("./offline-banner");
  render(<OfflineBanner {...props} />);
}

const worker = new EventTarget();
// The server: out of reach unless a test says otherwise.
const health = vi.fn<(url: string, init?: RequestInit) => Promise<Response>>(() => Promise.reject(new TypeError("Failed to fetch")));
beforeEach(() => {
  vi.resetModules();
  Object.defineProperty(navigator, "serviceWorker", { value: worker, configurable: true });
  vi.stubGlobal("fetch", health);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  health.mockClear();
  refresh.mockClear();
  vi.restoreAllMocks();
  document.documentElement.removeAttribute(SAVED_COPY_ATTRIBUTE);
});

// The banner's words, without its button's.
const bannerText = () => screen.queryByRole("status")?.querySelector("span")?.textContent ?? null;
const retryButton = () => screen.queryByRole("button", { name: "Try again" });

describe("OfflineBanner", () => {
  it("shows nothing on a page from the server while the browser is online", async () => {
    await renderBanner();
    expect(bannerText()).toBeNull();
    expect(retryButton()).toBeNull();
  });

  it("says the server cannot be reached on a copy the worker marked, though the browser is online", async () => {
    document.documentElement.setAttribute(SAVED_COPY_ATTRIBUTE, "");
    await renderBanner();
    expect(bannerText()).toBe("Can't reach Saldo, showing data from 30 Nov 08:41");
    expect(retryButton()).not.toBeNull();
  });

  it("says offline when the browser is, marked copy or not", async () => {
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    await renderBanner();
    expect(bannerText()).toBe("Offline, showing data from 30 Nov 08:41");
    // Offline, the browser says when it is back: no button to try in vain.
    expect(retryButton()).toBeNull();
    cleanup();
    document.documentElement.setAttribute(SAVED_COPY_ATTRIBUTE, "");
    await renderBanner();
    expect(bannerText()).toBe("Offline, showing data from 30 Nov 08:41");
  });

  it("appears when the worker answers a data request from its cache, with the oldest answer's time", async () => {
    await renderBanner();
    expect(bannerText()).toBeNull();
    const answer = (date: string | null) => act(() => void worker.dispatchEvent(new MessageEvent("message", { data: savedAnswerMessage(date) })));
    // A kept answer newer than the page: the page's own time stays the oldest.
    await answer("Mon, 30 Nov 2026 09:00:00 GMT");
    expect(bannerText()).toBe("Can't reach Saldo, showing data from 30 Nov 08:41");
    await answer("Sun, 29 Nov 2026 18:05:00 GMT");
    expect(bannerText()).toBe("Can't reach Saldo, showing data from 29 Nov 19:05");
    // One without a date changes nothing; other messages are not answers.
    await answer(null);
    await act(() => void worker.dispatchEvent(new MessageEvent("message", { data: { type: "saldo:clear-offline-data" } })));
    expect(bannerText()).toBe("Can't reach Saldo, showing data from 29 Nov 19:05");
  });

  it("ignores messages that are not a saved answer", async () => {
    await renderBanner();
    await act(() => void worker.dispatchEvent(new MessageEvent("message", { data: { type: "saldo:saved-answer", date: 5 } })));
    expect(bannerText()).toBeNull();
  });

  describe("once the server answers again", () => {
    const answersAgain = () => health.mockImplementation(() => Promise.resolve(new Response("{}", { status: 200 })));
    const tick = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

    it("goes away by itself, and the page fetches its data again in place", async () => {
      vi.useFakeTimers();
      document.documentElement.setAttribute(SAVED_COPY_ATTRIBUTE, "");
      const freshData = vi.fn();
      window.addEventListener(FRESH_DATA_EVENT, freshData);
      await renderBanner();
      await tick(0);
      // Asked at once, and again every few seconds: still no answer, so the banner stays.
      expect(health).toHaveBeenCalledTimes(1);
      expect(health.mock.calls[0]![0]).toBe("/api/health");
      expect(health.mock.calls[0]![1]).toMatchObject({ cache: "no-store" });
      await tick(SERVER_RECHECK_MS);
      expect(health).toHaveBeenCalledTimes(2);
      expect(bannerText()).toBe("Can't reach Saldo, showing data from 30 Nov 08:41");
      expect(refresh).not.toHaveBeenCalled();

      answersAgain();
      await tick(SERVER_RECHECK_MS);
      expect(bannerText()).toBeNull();
      expect(document.documentElement.hasAttribute(SAVED_COPY_ATTRIBUTE)).toBe(false);
      expect(refresh).toHaveBeenCalledTimes(1);
      expect(freshData).toHaveBeenCalledTimes(1);
      // Answered: it stops asking.
      await tick(SERVER_RECHECK_MS * 3);
      expect(health).toHaveBeenCalledTimes(3);
      window.removeEventListener(FRESH_DATA_EVENT, freshData);
    });

    it("does not wait for ever on a request the server took but never answers: it asks again", async () => {
      vi.useFakeTimers();
      document.documentElement.setAttribute(SAVED_COPY_ATTRIBUTE, "");
      // Taken and never answered (a server stuck starting up): the request only ends if the page gives up on it.
      const hangs = (_url: string, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new DOMException("Aborted", "AbortError"))));
      health.mockImplementation(hangs);
      await renderBanner();
      await tick(SERVER_RECHECK_MS * 2);
      expect(health.mock.calls.length).toBeGreaterThanOrEqual(2);
      expect(bannerText()).toBe("Can't reach Saldo, showing data from 30 Nov 08:41");
      answersAgain();
      await tick(SERVER_RECHECK_MS);
      expect(bannerText()).toBeNull();
      expect(refresh).toHaveBeenCalledTimes(1);
    });

    it("comes back if the page is given a saved answer again after all", async () => {
      vi.useFakeTimers();
      document.documentElement.setAttribute(SAVED_COPY_ATTRIBUTE, "");
      answersAgain();
      await renderBanner();
      await tick(0);
      expect(bannerText()).toBeNull();
      // The refresh's own request went unanswered after all, and the worker answered it from its cache.
      health.mockImplementation(() => Promise.reject(new TypeError("Failed to fetch")));
      await act(() => void worker.dispatchEvent(new MessageEvent("message", { data: savedAnswerMessage("Mon, 30 Nov 2026 09:00:00 GMT") })));
      await tick(0);
      expect(bannerText()).toBe("Can't reach Saldo, showing data from 30 Nov 08:41");
    });

    it("is not asked while the page is hidden, and is asked when the page is shown again", async () => {
      vi.useFakeTimers();
      const visibility = vi.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");
      document.documentElement.setAttribute(SAVED_COPY_ATTRIBUTE, "");
      await renderBanner();
      await tick(SERVER_RECHECK_MS * 3);
      expect(health).not.toHaveBeenCalled();
      answersAgain();
      visibility.mockReturnValue("visible");
      await act(() => void document.dispatchEvent(new Event("visibilitychange")));
      await tick(0);
      expect(health).toHaveBeenCalledTimes(1);
      expect(bannerText()).toBeNull();
    });

    it("is not asked on a page from the server, nor while the browser is offline", async () => {
      vi.useFakeTimers();
      await renderBanner();
      await tick(SERVER_RECHECK_MS * 2);
      cleanup();
      vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
      await renderBanner();
      await tick(SERVER_RECHECK_MS * 2);
      expect(health).not.toHaveBeenCalled();
    });
  });
});
