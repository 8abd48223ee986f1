import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterNextPaint, IDLE_TIMEOUT_MS } from "./after-next-paint";

/** A browser's frame and idle queues, run by hand. */
function fakeBrowser({ idleCallbacks }: { idleCallbacks: boolean }) {
  const frames = new Map<number, () => void>();
  const idles = new Map<number, { task: () => void; timeout?: number }>();
  let next = 1;
  vi.stubGlobal("requestAnimationFrame", (callback: () => void) => (frames.set(next, callback), next++));
  vi.stubGlobal("cancelAnimationFrame", (handle: number) => frames.delete(handle));
  if (idleCallbacks) {
    vi.stubGlobal("requestIdleCallback", (task: () => void, options?: { timeout?: number }) => (idles.set(next, { task, timeout: options?.timeout }), next++));
    vi.stubGlobal("cancelIdleCallback", (handle: number) => idles.delete(handle));
  } else {
    vi.stubGlobal("requestIdleCallback", undefined);
  }
  return {
    paintFrame() {
      const callbacks = [...frames.values()];
      frames.clear();
      for (const callback of callbacks) callback();
    },
    idle() {
      const tasks = [...idles.values()];
      idles.clear();
      for (const { task } of tasks) task();
    },
    idleTimeouts: () => [...idles.values()].map((entry) => entry.timeout),
  };
}

describe("afterNextPaint", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("waits for the next frame, then for an idle moment after it", () => {
    const browser = fakeBrowser({ idleCallbacks: true });
    const task = vi.fn();
    afterNextPaint(task);
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
    browser.paintFrame();
    expect(task).not.toHaveBeenCalled();
    expect(browser.idleTimeouts()).toEqual([IDLE_TIMEOUT_MS]);
    browser.idle();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("runs in the first task after the frame where there is no idle callback", () => {
    const browser = fakeBrowser({ idleCallbacks: false });
    const task = vi.fn();
    afterNextPaint(task);
    browser.paintFrame();
    expect(task).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("does nothing once cancelled, before or after the frame", () => {
    for (const idleCallbacks of [true, false]) {
      const browser = fakeBrowser({ idleCallbacks });
      const beforeFrame = vi.fn();
      afterNextPaint(beforeFrame)();
      const afterFrame = vi.fn();
      const cancel = afterNextPaint(afterFrame);
      browser.paintFrame();
      cancel();
      browser.idle();
      vi.runAllTimers();
      expect(beforeFrame).not.toHaveBeenCalled();
      expect(afterFrame).not.toHaveBeenCalled();
    }
  });
});
