/**
 * The sandbox's own time: the underlying clock plus an offset tests may set or move, so a test can
 * jump days ahead and see tokens expire, pending rows book and drift happen. It runs on in real time.
 */
export interface SandboxClock {
  now(): number;
  epochMs(): number;
  /** Makes now() return `nowMs` at this moment; optionally moves the drift epoch too. */
  set(nowMs: number, epochMs?: number): void;
  advance(ms: number): void;
  /** Back to the underlying clock and the drift epoch the bank started with. */
  reset(): void;
}

export function createSandboxClock(base: () => number, epochOption: number | undefined): SandboxClock {
  const initialEpoch = epochOption ?? base();
  let offsetMs = 0;
  let epoch = initialEpoch;
  return {
    now: () => base() + offsetMs,
    epochMs: () => epoch,
    set(nowMs, epochMs) {
      offsetMs = nowMs - base();
      if (epochMs !== undefined) epoch = epochMs;
    },
    advance(ms) {
      offsetMs += ms;
    },
    reset() {
      offsetMs = 0;
      epoch = initialEpoch;
    },
  };
}
