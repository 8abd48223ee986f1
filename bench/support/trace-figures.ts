// Figures read from a Lighthouse run's own trace (lighthouse --save-assets), to tell the page's work
// from the host's contention. Lighthouse's TBT multiplies each observed main-thread task's wall time by
// the preset's CPU slowdown. On a loaded 2-core host the renderer is often descheduled inside a task,
// so that wall time is mostly waiting. A task's thread time (`tdur`) counts only the CPU it used.

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { documentLoaderURL?: string } };
}

export interface TraceFigures {
  /** Frames the compositor drew from the page's navigation on (one Lighthouse screenshot each). */
  frames: number;
  /** CPU the page's main thread used in tasks from the page's navigation on, in ms. */
  mainCpuMs: number;
  /** The same tasks' wall time, in ms: above mainCpuMs by the time the thread waited for a core. */
  mainWallMs: number;
  /**
   * Blocking time as Lighthouse counts it (each task's time × slowdown, less 50 ms), from the tasks'
   * CPU instead of their wall time. An upper bound: it counts every task from the navigation on,
   * while Lighthouse counts those its simulation places after the first contentful paint.
   */
  cpuTbtMs: number;
}

const TASK_NAMES = new Set(["RunTask", "ThreadControllerImpl::RunTask"]);
const BLOCKING_THRESHOLD_MS = 50;

/** `slowdown` is the preset's CPU multiplier: 4 for Lighthouse's mobile preset, 1 for desktop. */
export function traceFigures(events: readonly TraceEvent[], slowdown: number): TraceFigures | null {
  // The page's main thread is the one that painted its first content; the page starts at the last
  // navigation to an address that thread began before that paint (Lighthouse opens about:blank first,
  // and Chromium starts other documents without an address in the same renderer).
  const paint = events.find((event) => event.name === "firstContentfulPaint");
  if (!paint) return null;
  const onMainThread = (event: TraceEvent) => event.pid === paint.pid && event.tid === paint.tid;
  const navigations = events.filter((event) => event.name === "navigationStart" && onMainThread(event) && event.ts <= paint.ts);
  const toAddress = navigations.filter((event) => /^https?:/.test(event.args?.data?.documentLoaderURL ?? ""));
  const start = Math.max(...(toAddress.length > 0 ? toAddress : navigations).map((event) => event.ts), -Infinity);
  const tasks = events
    .filter((event) => onMainThread(event) && event.ph === "X" && TASK_NAMES.has(event.name) && event.ts >= start)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let mainCpuMs = 0;
  let mainWallMs = 0;
  let cpuTbtMs = 0;
  let end = -Infinity;
  for (const task of tasks) {
    // Only top-level tasks: a task run inside another (a nested run loop) is already in its time.
    if (task.ts < end) continue;
    end = task.ts + (task.dur ?? 0);
    const cpuMs = (task.tdur ?? task.dur ?? 0) / 1000;
    mainCpuMs += cpuMs;
    mainWallMs += (task.dur ?? 0) / 1000;
    cpuTbtMs += Math.max(0, cpuMs * slowdown - BLOCKING_THRESHOLD_MS);
  }
  return { frames: events.filter((event) => event.name === "Screenshot" && event.ts >= start).length, mainCpuMs, mainWallMs, cpuTbtMs };
}
