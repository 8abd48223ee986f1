// Calendar days as Europe/Oslo sees them, as "yyyy-MM-dd" strings. The bank stamps rows with epoch
// ms of Oslo midnight, so bucketing by UTC (or the server's zone) would move them a day early.
export const OSLO_TIME_ZONE = "Europe/Oslo";

// Built on first use, not when the module loads: a page that imports this module for its helpers
// should not pay for a time-zone formatter it may never call (tens of milliseconds on a phone).
let osloDayFormat: Intl.DateTimeFormat | undefined;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function osloDate(epochMs: number): string {
  osloDayFormat ??= new Intl.DateTimeFormat("en-CA", { timeZone: OSLO_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
  return osloDayFormat.format(new Date(epochMs));
}

export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today in Oslo (server components call this rather than reading the clock inline). */
export function osloToday(): string {
  return osloDate(Date.now());
}
