// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FIRST_PAINT_GATE_SCRIPT, FIRST_PAINT_WAIT_MS } from "./first-paint-gate";

const gates = () => [...document.head.querySelectorAll('link[rel="expect"]')];

beforeEach(() => {
  vi.useFakeTimers();
  document.head.innerHTML = "";
  new Function(FIRST_PAINT_GATE_SCRIPT)();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the first-paint gate", () => {
  it("adds one render-blocking expect link to the top of the document to the head", () => {
    expect(gates()).toHaveLength(1);
    const link = gates()[0] as HTMLLinkElement;
    expect(link.getAttribute("href")).toBe("#top");
    expect(link.getAttribute("blocking")).toBe("render");
  });

  it("lets go once the document is parsed", () => {
    document.dispatchEvent(new Event("DOMContentLoaded"));
    expect(gates()).toHaveLength(0);
    // The later timer finds nothing left to remove.
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS);
    expect(gates()).toHaveLength(0);
  });

  it("lets go after the longest wait when the document is still streaming", () => {
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS - 1);
    expect(gates()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(gates()).toHaveLength(0);
  });
});
