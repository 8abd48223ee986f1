/** The longest an idle moment is waited for after the frame; then the task runs anyway. */
export const IDLE_TIMEOUT_MS = 1000;

/**
 * Runs `task` after the next frame has been painted, in an idle moment of the main thread (where the
 * browser has no idle callback, Safari, in the first task after that frame). For work the user does
 * not wait for, such as writing the address after a list has changed: done in the same task as the
 * change, it delays that change's paint. Returns a function that cancels the task if it has not run.
 */
export function afterNextPaint(task: () => void): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    // Scheduled from the frame's own callback, so it runs after that frame, not before it.
    if (typeof requestIdleCallback === "function") idle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    else timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
    if (timer !== undefined) clearTimeout(timer);
  };
}
