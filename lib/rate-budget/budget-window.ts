// Pure arithmetic of the rolling-hour budget, kept apart from the database so it can be tested.
export const BUDGET_WINDOW_MS = 3_600_000;

export interface BudgetStatus {
  used: number;
  limit: number;
  remaining: number;
  /** When the next slot frees up, if none is free now. */
  nextSlotAt?: Date;
}

export function budgetStatus(callTimes: readonly Date[], limit: number, now: Date): BudgetStatus {
  const windowStart = now.getTime() - BUDGET_WINDOW_MS;
  const inWindow = callTimes.map((time) => time.getTime()).filter((time) => time > windowStart).sort((a, b) => a - b);
  const used = inWindow.length;
  const remaining = Math.max(0, limit - used);
  if (remaining > 0) return { used, limit, remaining };
  // The slot that frees first belongs to the call that left the window first.
  const freeing = inWindow[used - limit];
  return { used, limit, remaining, nextSlotAt: new Date((freeing ?? now.getTime()) + BUDGET_WINDOW_MS) };
}

/** Seconds from a Retry-After header (delta-seconds or HTTP date), or undefined when absent/garbled. */
export function parseRetryAfter(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}
