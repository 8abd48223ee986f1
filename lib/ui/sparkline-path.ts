export interface SparklinePoint {
  date: string;
  balance: number;
}

/** As many points as a small line can show: more would be drawn on top of each other. */
export const SPARKLINE_POINTS = 60;

/**
 * At most `maxPoints` (two or more: the first and the last are always kept) of `points`, evenly
 * picked; picking them again changes nothing.
 */
export function sparklinePoints<Point>(points: readonly Point[], maxPoints = SPARKLINE_POINTS): Point[] {
  const last = points[points.length - 1];
  if (last === undefined) return [];
  const room = Math.max(2, maxPoints);
  if (points.length <= room) return [...points];
  // One place is kept for the last point, so that the picked points are never more than `room`.
  const step = Math.ceil(points.length / (room - 1));
  const picked = points.filter((_, index) => index % step === 0);
  if ((points.length - 1) % step !== 0) picked.push(last);
  return picked;
}

/**
 * An SVG path for a small balance line in a `width` × `height` box: at most `maxPoints` points
 * (evenly picked, the last always kept), the lowest balance at the bottom, a flat line in the middle.
 */
export function sparklinePath(points: readonly SparklinePoint[], width: number, height: number, maxPoints = SPARKLINE_POINTS): string {
  const picked = sparklinePoints(points, maxPoints);
  if (picked.length === 0) return "";
  const values = picked.map((point) => point.balance);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = 2;
  const y = (value: number) => (max === min ? height / 2 : pad + (1 - (value - min) / (max - min)) * (height - 2 * pad));
  const x = (index: number) => (picked.length === 1 ? width : (index / (picked.length - 1)) * width);
  return picked.map((point, index) => `${index === 0 ? "M" : "L"}${round(x(index))} ${round(y(point.balance))}`).join(" ");
}

/** Whether the line ends lower than it starts. */
export function sparklineFalls(points: readonly SparklinePoint[]): boolean {
  const first = points[0];
  const last = points[points.length - 1];
  return Boolean(first && last && points.length > 1 && last.balance < first.balance);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
