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
