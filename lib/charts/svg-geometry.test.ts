import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { areaPath, bandPath, donutArcs, groupedBars, labelIndexes, linePath, niceTicks, pointX, thinSeries, valueScale } from "./svg-geometry";

describe("niceTicks", () => {
  it("covers the range with round steps", () => {
    expect(niceTicks(0, 100, 4)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(-1234, 5678, 4)).toEqual([-2000, 0, 2000, 4000, 6000]);
  });

  it("always covers min and max", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -1e9, max: 1e9 }), (a, b) => {
        const ticks = niceTicks(Math.min(a, b), Math.max(a, b));
        expect(ticks[0]!).toBeLessThanOrEqual(Math.min(a, b));
        expect(ticks.at(-1)!).toBeGreaterThanOrEqual(Math.max(a, b));
        expect(ticks.length).toBeLessThanOrEqual(12);
      }),
    );
  });
});

describe("valueScale and paths", () => {
  it("maps the top tick to 0 and the bottom tick to 100", () => {
    const scale = valueScale([10, 90]);
    expect(scale.y(scale.domain[1])).toBe(0);
    expect(scale.y(scale.domain[0])).toBe(100);
  });

  it("includes zero when asked", () => {
    expect(valueScale([500, 900], { withZero: true }).domain[0]).toBe(0);
  });

  it("draws a line through every point and breaks it at gaps", () => {
    const scale = { y: (value: number) => value };
    expect(linePath([10, 20, 30], scale)).toBe("M0 10L50 20L100 30");
    expect(linePath([10, null, 30], scale)).toBe("M0 10M100 30");
  });

  it("closes an area on its baseline", () => {
    expect(areaPath([10, 30], { y: (value) => value }, 100)).toBe("M0 10L100 30L100 100L0 100Z");
  });

  it("closes a band from its high line back along its low line", () => {
    expect(bandPath([40, 50], [10, 20], { y: (value) => value }, 3, 1)).toBe("M50 10L100 20L100 50L50 40Z");
  });

  it("spreads points from 0 to 100", () => {
    expect(pointX(0, 5)).toBe(0);
    expect(pointX(4, 5)).toBe(100);
    expect(pointX(0, 1)).toBe(50);
  });
});

describe("groupedBars", () => {
  it("grows bars up from zero within each group's slot", () => {
    const scale = valueScale([0, 100], { withZero: true });
    const [income, spending] = groupedBars([[100, 50]], scale, 0)[0]!;
    expect(income).toEqual({ x: 0, y: 0, width: 50, height: 100 });
    expect(spending).toEqual({ x: 50, y: 50, width: 50, height: 50 });
  });
});

describe("thinSeries", () => {
  const series = Array.from({ length: 366 }, (_, index) => ({ day: index, value: Math.round(1000 * Math.sin(index / 9) + index) }));

  it("keeps at most max points, the first and last, and the extremes", () => {
    const thin = thinSeries(series, 120, (point) => point.value);
    expect(thin.length).toBeLessThanOrEqual(120);
    expect(thin[0]).toBe(series[0]);
    expect(thin.at(-1)).toBe(series.at(-1));
    const values = series.map((point) => point.value);
    const kept = thin.map((point) => point.value);
    expect(Math.min(...kept)).toBe(Math.min(...values));
    expect(Math.max(...kept)).toBe(Math.max(...values));
  });

  it("keeps date order and returns short series whole", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 500 }), fc.integer({ min: 4, max: 200 }), (values, max) => {
        const points = values.map((value, day) => ({ day, value }));
        const thin = thinSeries(points, max, (point) => point.value);
        expect(thin.length).toBeLessThanOrEqual(Math.max(max, points.length <= max ? points.length : max));
        for (let index = 1; index < thin.length; index++) expect(thin[index]!.day).toBeGreaterThan(thin[index - 1]!.day);
        if (points.length <= max) expect(thin).toEqual(points);
      }),
    );
  });
});

describe("labelIndexes", () => {
  it("spreads labels and keeps both ends", () => {
    expect(labelIndexes(365, 5)).toEqual([0, 91, 182, 273, 364]);
    expect(labelIndexes(3, 5)).toEqual([0, 1, 2]);
  });
});

describe("donutArcs", () => {
  it("gives each positive value a segment in proportion", () => {
    const arcs = donutArcs([300, 100, 0]);
    expect(arcs.map((arc) => arc.share)).toEqual([0.75, 0.25, 0]);
    expect(arcs[0]!.path).toMatch(/^M50.5 0A50 50 0 1 1 /);
    expect(arcs[1]!.path).toMatch(/A50 50 0 0 1 /);
    expect(arcs[2]!.path).toBe("");
  });

  it("draws one value as a whole ring", () => {
    expect(donutArcs([42])[0]!.path).toContain("A50 50 0 1 1 50 100");
  });

  it("draws nothing for no spending", () => {
    expect(donutArcs([0, 0]).every((arc) => arc.path === "")).toBe(true);
  });
});
