// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FIRST_PAINT_GATE_SCRIPT, FIRST_PAINT_WAIT_MS } from "./first-paint-gate";

const gates = () => [...document.head.querySelectorAll('link[rel="expect"]')];
const blocking = () => gates().filter((link) => link.getAttribute("blocking") === "render");

beforeEach(() => {
  vi.useFakeTimers();
  document.head.innerHTML = "";
  new Function(FIRST_PAINT_GATE_SCRIPT)();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the first-paint gate", () => {
  it("adds one render-blocking expect link, to an id no element has, to the head", () => {
    expect(blocking()).toHaveLength(1);
    const id = gates()[0]!.getAttribute("href")!.replace(/^#/, "");
    expect(id).toMatch(/^[a-z-]+$/);
    expect(document.getElementById(id)).toBeNull();
  });

  it("stops blocking once the document is parsed, and leaves the link in place for React's hydration", () => {
    document.dispatchEvent(new Event("DOMContentLoaded"));
    expect(blocking()).toHaveLength(0);
    expect(gates()).toHaveLength(1);
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS);
    expect(blocking()).toHaveLength(0);
  });

  it("stops blocking after the longest wait while the document is still streaming", () => {
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS - 1);
    expect(blocking()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(blocking()).toHaveLength(0);
  });
});
