/**
 * Pure geometry for the charts drawn on the server as SVG (the first paint; recharts takes over
 * only when a chart is touched). Cartesian shapes live in a 0–100 × 0–100 box stretched to the
 * chart's size (`preserveAspectRatio="none"`), so one path fits every width without measuring.
 */

export const BOX = 100;

/** Rounded to 2 decimals: enough for a 100-unit box, and short paths. */
const r = (value: number) => Math.round(value * 100) / 100;

/** About `count` round tick values covering [min, max] (1, 2, 2.5 or 5 × a power of ten apart). */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (min === max) {
    if (min === 0) return [0, 1];
    const pad = Math.abs(min) * 0.1;
    return niceTicks(min - pad, max + pad, count);
  }
  const low = Math.min(min, max);
  const high = Math.max(min, max);
  const rough = (high - low) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  const ticks: number[] = [];
  for (let index = first; index <= last; index++) ticks.push(index * step);
  return ticks;
}

export interface LinearScale {
  domain: [number, number];
  /** A value's y in the box: the domain's top is 0, its bottom 100. */
  y(value: number): number;
}

/** A y scale over round ticks that cover every value (and zero, when `withZero`). */
export function valueScale(values: readonly number[], options: { withZero?: boolean; count?: number } = {}): LinearScale & { ticks: number[] } {
  const finite = values.filter(Number.isFinite);
  let min = finite.length > 0 ? Math.min(...finite) : 0;
  let max = finite.length > 0 ? Math.max(...finite) : 0;
  if (options.withZero) {
    min = Math.min(min, 0);
    max = Math.max(max, 0);
  }
  const ticks = niceTicks(min, max, options.count ?? 4);
  const domain: [number, number] = [ticks[0]!, ticks.at(-1)!];
  const span = domain[1] - domain[0] || 1;
  return { domain, ticks, y: (value) => r(((domain[1] - value) / span) * BOX) };
}

/** The x of point `index` of `count`, first at 0 and last at 100. */
export function pointX(index: number, count: number): number {
  return count <= 1 ? BOX / 2 : r((index / (count - 1)) * BOX);
}

/** A polyline through the points; a null value breaks the line. */
export function linePath(values: readonly (number | null | undefined)[], scale: Pick<LinearScale, "y">, count = values.length, offset = 0): string {
  let path = "";
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null || value === undefined || !Number.isFinite(value)) {
      drawing = false;
      return;
    }
    path += `${drawing ? "L" : "M"}${pointX(index + offset, count)} ${scale.y(value)}`;
    drawing = true;
  });
  return path;
}

/** The area between a line and a baseline value (for a filled balance line). */
export function areaPath(values: readonly number[], scale: Pick<LinearScale, "y">, baseline: number): string {
  if (values.length === 0) return "";
  const base = scale.y(baseline);
  const line = linePath(values, scale);
  return `${line}L${pointX(values.length - 1, values.length)} ${base}L${pointX(0, values.length)} ${base}Z`;
}

/** A closed band between two lines (the forecast's low–high range), drawn from index `offset` of `count`. */
export function bandPath(low: readonly number[], high: readonly number[], scale: Pick<LinearScale, "y">, count: number, offset = 0): string {
  if (low.length === 0 || low.length !== high.length) return "";
  const top = high.map((value, index) => `${index === 0 ? "M" : "L"}${pointX(index + offset, count)} ${scale.y(value)}`).join("");
  const bottom = low
    .map((value, index) => ({ value, index }))
    .reverse()
    .map(({ value, index }) => `L${pointX(index + offset, count)} ${scale.y(value)}`)
    .join("");
  return `${top}${bottom}Z`;
}

export interface BarRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Vertical bars in groups (one group per category on x, one bar per series in it), for the cash
 * flow's income and spending per month. Heights are measured from the value zero.
 */
export function groupedBars(groups: readonly (readonly number[])[], scale: Pick<LinearScale, "y">, gap = 0.25): BarRect[][] {
  const slot = BOX / Math.max(1, groups.length);
  const zero = scale.y(0);
  return groups.map((values, groupIndex) => {
    const inner = slot * (1 - gap);
    const width = inner / Math.max(1, values.length);
    const start = groupIndex * slot + (slot - inner) / 2;
    return values.map((value, index) => {
      const top = scale.y(Math.max(0, value));
      const bottom = scale.y(Math.min(0, value));
      return { x: r(start + index * width), y: Math.min(top, zero), width: r(width), height: r(Math.max(0, bottom - top)) };
    });
  });
}

/** The x at the middle of group `index` of `count` (for a line drawn over grouped bars). */
export function groupCenter(index: number, count: number): number {
  const slot = BOX / Math.max(1, count);
  return r(slot * index + slot / 2);
}

/**
 * At most `max` points of a long series for a chart that cannot show more: the series is cut into
 * buckets and each keeps its lowest and highest point (in date order), so peaks and dips survive;
 * the first and last points are always kept.
 */
export function thinSeries<T>(points: readonly T[], max: number, value: (point: T) => number): T[] {
  if (points.length <= max || max < 4) return [...points];
  const inner = points.length - 2;
  const buckets = Math.floor((max - 2) / 2);
  const size = inner / buckets;
  const kept: T[] = [points[0]!];
  for (let bucket = 0; bucket < buckets; bucket++) {
    const from = 1 + Math.floor(bucket * size);
    const to = Math.min(points.length - 1, 1 + Math.floor((bucket + 1) * size));
    if (to <= from) continue;
    let low = from;
    let high = from;
    for (let index = from + 1; index < to; index++) {
      if (value(points[index]!) < value(points[low]!)) low = index;
      if (value(points[index]!) > value(points[high]!)) high = index;
    }
    if (low === high) kept.push(points[low]!);
    else if (low < high) kept.push(points[low]!, points[high]!);
    else kept.push(points[high]!, points[low]!);
  }
  kept.push(points.at(-1)!);
  return kept;
}

/** About `count` evenly spread indexes of `length` points, always the first and the last. */
export function labelIndexes(length: number, count: number): number[] {
  if (length <= 0) return [];
  if (length <= count) return Array.from({ length }, (_, index) => index);
  const step = (length - 1) / (count - 1);
  return Array.from({ length: count }, (_, index) => Math.round(index * step));
}

export interface DonutArc {
  /** SVG path of the ring segment, in a box of `2 * outer` centred on (outer, outer). */
  path: string;
  share: number;
}

/**
 * Ring segments for shares of a whole, clockwise from twelve o'clock. Non-positive values get no
 * segment (an empty path) so indexes still match the input.
 */
export function donutArcs(values: readonly number[], outer = 50, inner = 32, padAngle = 0.02): DonutArc[] {
  const total = values.reduce((sum, value) => sum + Math.max(0, value), 0);
  if (total <= 0) return values.map(() => ({ path: "", share: 0 }));
  let angle = 0;
  const drawn = values.filter((value) => value > 0).length;
  const pad = drawn > 1 ? padAngle : 0;
  return values.map((value) => {
    const share = Math.max(0, value) / total;
    if (share === 0) return { path: "", share };
    const sweep = share * Math.PI * 2;
    const start = angle + pad / 2;
    const end = angle + sweep - pad / 2;
    angle += sweep;
    if (share >= 0.9999) {
      // A full ring: two half arcs, since one arc cannot start and end at the same point.
      return { path: ringPath(outer, inner), share };
    }
    const large = end - start > Math.PI ? 1 : 0;
    const point = (radius: number, at: number) => `${r(outer + radius * Math.sin(at))} ${r(outer - radius * Math.cos(at))}`;
    const path =
      `M${point(outer, start)}A${outer} ${outer} 0 ${large} 1 ${point(outer, Math.max(start, end))}` +
      `L${point(inner, Math.max(start, end))}A${inner} ${inner} 0 ${large} 0 ${point(inner, start)}Z`;
    return { path, share };
  });
}

function ringPath(outer: number, inner: number): string {
  return (
    `M${outer} 0A${outer} ${outer} 0 1 1 ${outer} ${2 * outer}A${outer} ${outer} 0 1 1 ${outer} 0Z` +
    `M${outer} ${outer - inner}A${inner} ${inner} 0 1 0 ${outer} ${outer + inner}A${inner} ${inner} 0 1 0 ${outer} ${outer - inner}Z`
  );
}
