// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SAVED_COPY_ATTRIBUTE, savedAnswerMessage } from "@/lib/pwa/saved-copy";

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
beforeEach(() => {
  vi.resetModules();
  Object.defineProperty(navigator, "serviceWorker", { value: worker, configurable: true });
});

afterEach(() => {
  cleanup();
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
});
