// @vitest-environment jsdom
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ServiceWorkerRegistration } from "./service-worker-registration";

let register: ReturnType<typeof vi.fn>;
let idleCallbacks: Map<number, IdleRequestCallback>;
let readyState: DocumentReadyState;

beforeEach(() => {
  vi.stubEnv("NODE_ENV", "production");
  register = vi.fn(() => Promise.resolve({}));
  Object.defineProperty(navigator, "serviceWorker", { configurable: true, value: { register } });
  idleCallbacks = new Map();
  let next = 1;
  window.requestIdleCallback = vi.fn((callback: IdleRequestCallback) => {
    idleCallbacks.set(next, callback);
    return next++;
  });
  window.cancelIdleCallback = vi.fn((handle: number) => void idleCallbacks.delete(handle));
  readyState = "interactive";
  vi.spyOn(document, "readyState", "get").mockImplementation(() => readyState);
});

afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function runIdleCallbacks() {
  for (const [handle, callback] of idleCallbacks) {
    idleCallbacks.delete(handle);
    callback({ didTimeout: false, timeRemaining: () => 50 });
  }
}

function fireLoad() {
  readyState = "complete";
  act(() => void window.dispatchEvent(new Event("load")));
}

describe("ServiceWorkerRegistration", () => {
  it("registers the worker only once the page has loaded and the main thread is idle", () => {
    render(<ServiceWorkerRegistration />);
    runIdleCallbacks();
    expect(register).not.toHaveBeenCalled();

    fireLoad();
    expect(register).not.toHaveBeenCalled();
    expect(window.requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: expect.any(Number) });

    runIdleCallbacks();
    expect(register).toHaveBeenCalledTimes(1);
    expect(register).toHaveBeenCalledWith("/sw.js", { scope: "/" });
  });

  it("waits only for idle when the page had already loaded when it mounted", () => {
    readyState = "complete";
    render(<ServiceWorkerRegistration />);
    expect(register).not.toHaveBeenCalled();
    runIdleCallbacks();
    expect(register).toHaveBeenCalledTimes(1);
  });

  it("registers nothing once unmounted, before or after the load", () => {
    const first = render(<ServiceWorkerRegistration />);
    first.unmount();
    fireLoad();
    runIdleCallbacks();

    readyState = "interactive";
    const second = render(<ServiceWorkerRegistration />);
    fireLoad();
    second.unmount();
    runIdleCallbacks();
    expect(register).not.toHaveBeenCalled();
  });

  it("waits a second after the load where the browser has no idle callback (Safari)", () => {
    vi.useFakeTimers();
    try {
      Reflect.deleteProperty(window, "requestIdleCallback");
      render(<ServiceWorkerRegistration />);
      fireLoad();
      vi.advanceTimersByTime(999);
      expect(register).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(register).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("registers nothing outside a production build", () => {
    vi.stubEnv("NODE_ENV", "development");
    readyState = "complete";
    render(<ServiceWorkerRegistration />);
    runIdleCallbacks();
    expect(register).not.toHaveBeenCalled();
    expect(window.requestIdleCallback).not.toHaveBeenCalled();
  });
});
