// @vitest-environment jsdom
// The browser's push service does not run here (headless Chromium has none), so the browser side is
// a stand-in with the PushManager calls the toggle makes; the server's answers are the route's own
// shapes ({error: {code, message}}).
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { PushToggle } from "./push-toggle";

const text = MESSAGES.en.alerts;
const PUBLIC_KEY = "BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U";

function keyBuffer(base64url: string): ArrayBuffer {
  return Uint8Array.from(atob(base64url.replace(/-/g, "+").replace(/_/g, "/")), (char) => char.charCodeAt(0)).buffer;
}

class FakeSubscription {
  unsubscribed = false;
  readonly endpoint = "https://push.example.test/device-1";
  constructor(readonly options: { applicationServerKey: ArrayBuffer | null } = { applicationServerKey: keyBuffer(PUBLIC_KEY) }) {}
  toJSON() {
    return { endpoint: this.endpoint, keys: { p256dh: "p", auth: "a" } };
  }
  unsubscribe = vi.fn(async () => {
    this.unsubscribed = true;
    browser.current = null;
    return true;
  });
}

const browser: { current: FakeSubscription | null } = { current: null };
let serverAnswers: (() => Response)[];
let posted: number;
let postedBodies: unknown[];

function answer(status: number, body: unknown) {
  return () => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

beforeEach(() => {
  browser.current = null;
  posted = 0;
  postedBodies = [];
  serverAnswers = [];
  const pushManager = {
    getSubscription: vi.fn(async () => browser.current),
    subscribe: vi.fn(async () => (browser.current = new FakeSubscription())),
  };
  const registration = { pushManager };
  Object.defineProperty(navigator, "serviceWorker", {
    configurable: true,
    value: { register: vi.fn(async () => registration), ready: Promise.resolve(registration), getRegistration: vi.fn(async () => registration) },
  });
  Object.assign(window, { PushManager: function PushManager() {}, Notification: { permission: "default" } });
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      if (init.method === "POST") {
        posted += 1;
        postedBodies.push(JSON.parse(String(init.body)));
      }
      const next = serverAnswers.shift();
      if (!next) throw new TypeError("Failed to fetch");
      return next();
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Lets every pending promise and timer-free task run (fetch answers, Response.json, React's updates). */
async function settled() {
  for (let round = 0; round < 5; round += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

const toggleState = () => screen.getByTestId("push-toggle").dataset.state;

describe("PushToggle", () => {
  it("stays off, drops the browser's subscription and says why when the server refuses it", async () => {
    render(<PushToggle text={text} publicKey={PUBLIC_KEY} />);
    await settled();
    expect(screen.getByTestId("push-toggle").dataset.state).toBe("off");

    serverAnswers.push(answer(400, { error: { code: "bad_request", message: "Invalid subscription: endpoint." } }));
    fireEvent.click(screen.getByRole("button", { name: text.pushOn }));
    await settled();
    expect(posted).toBe(1);
    expect(screen.getByTestId("push-toggle").dataset.state).toBe("off");
    expect(browser.current).toBeNull();
    expect(screen.getByRole("alert").textContent).toBe(`${text.pushRefused} Invalid subscription: endpoint.`);
  });

  it("is on once the server has saved the subscription", async () => {
    render(<PushToggle text={text} publicKey={PUBLIC_KEY} />);
    await settled();
    serverAnswers.push(answer(201, { ok: true }));
    fireEvent.click(screen.getByRole("button", { name: text.pushOn }));
    await settled();
    expect(screen.getByTestId("push-toggle").dataset.state).toBe("on");
    expect(browser.current).not.toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
    // With the server key it was made with, so the server can tell when that key is replaced.
    expect(postedBodies).toEqual([{ endpoint: "https://push.example.test/device-1", keys: { p256dh: "p", auth: "a" }, serverKey: PUBLIC_KEY }]);
  });

  it("says Saldo could not be reached, and keeps nothing, when saving fails on the way", async () => {
    render(<PushToggle text={text} publicKey={PUBLIC_KEY} />);
    await settled();
    fireEvent.click(screen.getByRole("button", { name: text.pushOn }));
    await settled();
    expect(screen.getByTestId("push-toggle").dataset.state).toBe("off");
    expect(browser.current).toBeNull();
    expect(screen.getByRole("alert").textContent).toBe(text.pushUnreachable);
  });

  it("saves a subscription the browser already has again at the next visit, and shows on", async () => {
    browser.current = new FakeSubscription();
    serverAnswers.push(answer(201, { ok: true }));
    render(<PushToggle text={text} publicKey={PUBLIC_KEY} />);
    await settled();
    expect(posted).toBe(1);
    expect(postedBodies[0]).toMatchObject({ serverKey: PUBLIC_KEY });
    expect(screen.getByTestId("push-toggle").dataset.state).toBe("on");
  });

  it("saves a kept subscription that does not say which server key it was made with without claiming one", async () => {
    browser.current = new FakeSubscription({ applicationServerKey: null });
    serverAnswers.push(answer(201, { ok: true }));
    render(<PushToggle text={text} publicKey={PUBLIC_KEY} />);
    await settled();
    expect(postedBodies).toEqual([{ endpoint: "https://push.example.test/device-1", keys: { p256dh: "p", auth: "a" } }]);
    expect(screen.getByTestId("push-toggle").dataset.state).toBe("on");
  });

  it("shows off at the next visit when the server refuses the subscription the browser kept", async () => {
    const kept = new FakeSubscription();
    browser.current = kept;
    serverAnswers.push(answer(404, { error: { code: "not_found", message: "Push notifications are not set up on this server." } }));
    render(<PushToggle text={text} publicKey={PUBLIC_KEY} />);
    await settled();
    expect(screen.getByTestId("push-toggle").dataset.state).toBe("off");
    expect(kept.unsubscribe).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("alert").textContent).toContain("not set up on this server");
  });

  it("drops a subscription made with another server key (the keys were replaced) and shows off", async () => {
    const stale = new FakeSubscription({ applicationServerKey: new Uint8Array(65).fill(4).buffer });
    browser.current = stale;
    render(<PushToggle text={text} publicKey={PUBLIC_KEY} />);
    await waitFor(() => expect(toggleState()).toBe("off"));
    expect(stale.unsubscribe).toHaveBeenCalledTimes(1);
    expect(posted).toBe(0);
  });

  /** A device that is on at the visit, then asked to turn off; `deleteAnswer` answers the DELETE (none: offline). */
  async function turnOffFromOn(deleteAnswer?: () => Response) {
    const kept = new FakeSubscription();
    browser.current = kept;
    serverAnswers.push(answer(201, { ok: true }), ...(deleteAnswer ? [deleteAnswer] : []));
    render(<PushToggle text={text} publicKey={PUBLIC_KEY} />);
    await waitFor(() => expect(toggleState()).toBe("on"));
    fireEvent.click(screen.getByRole("button", { name: text.pushOff }));
    return kept;
  }

  it("stays on, keeping the browser's subscription, when turning off cannot reach the server or it does not remove it", async () => {
    for (const deleteAnswer of [undefined, answer(503, { error: { code: "store_busy", message: "Busy." } })]) {
      const kept = await turnOffFromOn(deleteAnswer);
      await waitFor(() => expect(screen.getByRole("alert").textContent).toBe(text.pushStillOn));
      expect(toggleState()).toBe("on");
      expect(kept.unsubscribe).not.toHaveBeenCalled();
      cleanup();
    }
  });

  it("turns off once the server has removed it and the browser has forgotten it", async () => {
    const kept = await turnOffFromOn(answer(200, { ok: true }));
    await waitFor(() => expect(toggleState()).toBe("off"));
    expect(kept.unsubscribe).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("keeps on when the server cannot answer at the next visit (offline, busy, or signed out)", async () => {
    for (const status of [0, 503, 401]) {
      const kept = new FakeSubscription();
      browser.current = kept;
      if (status) serverAnswers.push(answer(status, { error: { code: "x", message: "x" } }));
      render(<PushToggle text={text} publicKey={PUBLIC_KEY} />);
      await settled();
      expect(screen.getByTestId("push-toggle").dataset.state).toBe("on");
      expect(kept.unsubscribe).not.toHaveBeenCalled();
      cleanup();
    }
  });
});
