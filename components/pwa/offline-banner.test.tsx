// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SAVED_COPY_ATTRIBUTE } from "@/lib/pwa/saved-copy";
import { OfflineBanner } from "./offline-banner";

const texts = { offlineText: "Offline, showing data from 30 Nov 08:41", unreachableText: "Can't reach Saldo, showing data from 30 Nov 08:41" };

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.documentElement.removeAttribute(SAVED_COPY_ATTRIBUTE);
});

describe("OfflineBanner", () => {
  it("shows nothing on a page from the server while the browser is online", () => {
    render(<OfflineBanner {...texts} />);
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("says the server cannot be reached on a copy the worker marked, though the browser is online", () => {
    document.documentElement.setAttribute(SAVED_COPY_ATTRIBUTE, "");
    render(<OfflineBanner {...texts} />);
    expect(screen.getByRole("status").textContent).toBe(texts.unreachableText);
  });

  it("says offline when the browser is, marked copy or not", () => {
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    render(<OfflineBanner {...texts} />);
    expect(screen.getByRole("status").textContent).toBe(texts.offlineText);
    cleanup();
    document.documentElement.setAttribute(SAVED_COPY_ATTRIBUTE, "");
    render(<OfflineBanner {...texts} />);
    expect(screen.getByRole("status").textContent).toBe(texts.offlineText);
  });
});
