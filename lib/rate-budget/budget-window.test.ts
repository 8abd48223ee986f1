import { describe, expect, it } from "vitest";
import { budgetStatus, parseRetryAfter } from "./budget-window";

const now = new Date("2026-11-23T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("budgetStatus", () => {
  it("counts only calls in the last hour", () => {
    const status = budgetStatus([minutesAgo(61), minutesAgo(60), minutesAgo(59), minutesAgo(1)], 50, now);
    expect(status).toEqual({ used: 2, limit: 50, remaining: 48 });
  });

  it("says when the next slot frees once the budget is used", () => {
    const calls = [minutesAgo(50), minutesAgo(40), minutesAgo(30)];
    const status = budgetStatus(calls, 3, now);
    expect(status.remaining).toBe(0);
    expect(status.nextSlotAt?.toISOString()).toBe("2026-11-23T12:10:00.000Z");
  });

  it("handles more calls than the limit (a lowered budget)", () => {
    const calls = [minutesAgo(50), minutesAgo(40), minutesAgo(30), minutesAgo(20)];
    const status = budgetStatus(calls, 2, now);
    expect(status.used).toBe(4);
    expect(status.remaining).toBe(0);
    // Two must leave the window before there is room again: the second oldest frees at +20 min.
    expect(status.nextSlotAt?.toISOString()).toBe("2026-11-23T12:30:00.000Z");
  });
});

describe("parseRetryAfter", () => {
  it("reads delta seconds and HTTP dates", () => {
    expect(parseRetryAfter("120", now)).toBe(120);
    expect(parseRetryAfter("Mon, 23 Nov 2026 12:05:00 GMT", now)).toBe(300);
  });
  it("returns undefined for absent or garbled values", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });
});
