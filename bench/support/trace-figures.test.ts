import { describe, expect, it } from "vitest";
import { traceFigures, type TraceEvent } from "./trace-figures";

const MAIN = { pid: 7, tid: 1 };
const OTHER = { pid: 7, tid: 2 };

/** A task at `atMs` that took `wallMs` of wall time and `cpuMs` of the thread's CPU. */
function task(atMs: number, wallMs: number, cpuMs: number, thread = MAIN, name = "RunTask"): TraceEvent {
  return { name, ph: "X", ...thread, ts: atMs * 1000, dur: wallMs * 1000, tdur: cpuMs * 1000 };
}

describe("traceFigures", () => {
  const paint: TraceEvent = { name: "firstContentfulPaint", ph: "R", ...MAIN, ts: 100_000 };
  const events: TraceEvent[] = [
    { name: "navigationStart", ph: "R", ...MAIN, ts: 0, args: { data: { documentLoaderURL: "" } } }, // about:blank
    task(5, 200, 200), // about:blank's: not counted
    { name: "Screenshot", ph: "O", ...OTHER, ts: 10_000 }, // about:blank's frame: not counted
    { name: "navigationStart", ph: "R", ...MAIN, ts: 50_000, args: { data: { documentLoaderURL: "http://localhost:3231/accounts" } } }, // the page
    task(60, 30, 20), // before the first paint, still the page's: 20 × 4 − 50 = 30 ms
    // Chromium starts other documents without an address in the page's renderer: not the page's start.
    { name: "navigationStart", ph: "R", ...MAIN, ts: 95_000, args: { data: { documentLoaderURL: "" } } },
    paint,
    task(120, 40, 30), // 30 × 4 − 50 = 70 ms blocking
    task(125, 5, 5, MAIN, "ThreadControllerImpl::RunTask"), // nested in the task before: already counted
    task(200, 100, 10), // waited 90 ms for a core: 40 − 50 < 0, nothing blocking from its CPU
    task(400, 20, 20, MAIN, "ThreadControllerImpl::RunTask"), // 80 − 50 = 30 ms
    task(300, 500, 500, OTHER), // another thread
    { name: "Screenshot", ph: "O", ...OTHER, ts: 150_000 },
    { name: "Screenshot", ph: "O", ...OTHER, ts: 170_000 },
  ];

  it("counts the page's main-thread tasks from its navigation, by their CPU and by their wall time", () => {
    expect(traceFigures(events, 4)).toEqual({ frames: 2, mainCpuMs: 80, mainWallMs: 190, cpuTbtMs: 130 });
  });

  it("multiplies by the preset's slowdown", () => {
    expect(traceFigures(events, 1)?.cpuTbtMs).toBe(0);
    expect(traceFigures(events, 10)?.cpuTbtMs).toBe(150 + 250 + 50 + 150);
  });

  it("gives nothing for a trace without a first paint", () => {
    expect(traceFigures(events.filter((event) => event !== paint), 4)).toBeNull();
  });
});
