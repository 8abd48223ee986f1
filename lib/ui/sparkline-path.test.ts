import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sparklineFalls, sparklinePath, sparklinePoints } from "./sparkline-path";

const day = (index: number) => `2026-01-${String(index + 1).padStart(2, "0")}`;

describe("sparklinePath", () => {
  it("draws nothing without points", () => {
    expect(sparklinePath([], 100, 30)).toBe("");
  });

  it("puts the lowest balance at the bottom and the highest at the top, across the whole width", () => {
    const path = sparklinePath(
      [
        { date: day(0), balance: 100 },
        { date: day(1), balance: 300 },
        { date: day(2), balance: 200 },
      ],
      100,
      30,
    );
    expect(path).toBe("M0 28 L50 2 L100 15");
  });

  it("keeps a flat balance in the middle", () => {
    expect(sparklinePath([{ date: day(0), balance: 5 }, { date: day(1), balance: 5 }], 10, 20)).toBe("M0 10 L10 10");
  });

  it("thins a year to at most the given number of points and always ends on the last day", () => {
    const year = Array.from({ length: 366 }, (_, index) => ({ date: `d${index}`, balance: index === 365 ? -1 : index }));
    const path = sparklinePath(year, 120, 36, 60);
    const commands = path.split(" L");
    expect(commands.length).toBeLessThanOrEqual(60);
    expect(commands[commands.length - 1]).toBe("120 34");
  });

  it("picks at most the given number of points (two or more), keeps the first and the last, and picking again changes nothing", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 120 }), (length, maxPoints) => {
        const points = Array.from({ length }, (_, index) => index);
        const picked = sparklinePoints(points, maxPoints);
        const room = Math.max(2, maxPoints);
        expect(picked.length).toBeLessThanOrEqual(room);
        if (length <= room) expect(picked).toEqual(points);
        if (length > 0) expect([picked[0], picked.at(-1)]).toEqual([0, length - 1]);
        expect(picked).toEqual([...picked].sort((a, b) => a - b));
        expect(sparklinePoints(picked, maxPoints)).toEqual(picked);
      }),
    );
  });

  it("keeps the last point when an earlier one has the same value", () => {
    expect(sparklinePoints([7, 7, 7, 7, 7], 3)).toHaveLength(3);
  });

  it("draws the same line from the points picked for it as from the whole year", () => {
    const year = Array.from({ length: 366 }, (_, index) => ({ date: `d${index}`, balance: Math.round(1000 * Math.sin(index / 9)) }));
    expect(sparklinePath(sparklinePoints(year), 120, 36)).toBe(sparklinePath(year, 120, 36));
  });

  it("tells a falling line from a rising one", () => {
    expect(sparklineFalls([{ date: day(0), balance: 10 }, { date: day(1), balance: 5 }])).toBe(true);
    expect(sparklineFalls([{ date: day(0), balance: 5 }, { date: day(1), balance: 10 }])).toBe(false);
  });
});
