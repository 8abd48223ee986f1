import { dateTimeFormat } from "@/lib/format/intl-formats";

// A kept formatter: building one per tick label cost ~100 ms of main-thread time on the 365-point balance axis.
export function dayLabel(day: string, locale: string, withYear = false): string {
  return dateTimeFormat(locale, { day: "numeric", month: "short", ...(withYear ? { year: "numeric" } : {}), timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
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
