// One formatter per locale and form: building an Intl.DateTimeFormat per tick label cost ~100 ms of
// main-thread time on the 365-point balance axis.
const formats = new Map<string, Intl.DateTimeFormat>();

export function dayLabel(day: string, locale: string, withYear = false): string {
  const key = `${locale}|${withYear}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", ...(withYear ? { year: "numeric" } : {}), timeZone: "UTC" });
    formats.set(key, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}

/**
 * About five dates for a date axis, always the first and the last: recharts then measures five
 * labels instead of every point's (the 365-point balance axis forced hundreds of layouts).
 */
export function dateTicks(points: readonly { date: string }[], count = 5): string[] {
  if (points.length <= count) return points.map((point) => point.date);
  const step = (points.length - 1) / (count - 1);
  return Array.from({ length: count }, (_, index) => points[Math.round(index * step)]!.date);
}
