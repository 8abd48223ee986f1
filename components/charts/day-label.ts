export function dayLabel(day: string, locale: string, withYear = false): string {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", ...(withYear ? { year: "numeric" } : {}), timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
