// Europe/Oslo follows the EU rule: CEST from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function lastSundayUtc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  return Date.UTC(year, monthIndex, lastDay.getUTCDate() - lastDay.getUTCDay());
}

export function osloOffsetMs(epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  const start = lastSundayUtc(year, 2) + HOUR;
  const end = lastSundayUtc(year, 9) + HOUR;
  return epochMs >= start && epochMs < end ? 2 * HOUR : HOUR;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

function utcMidnight(iso: string): number {
  const parts = parseIsoDate(iso);
  if (!parts) throw new Error(`Invalid date ${iso}`);
  return Date.UTC(parts.year, parts.month - 1, parts.day);
}

function formatUtcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Epoch ms of 00:00 Oslo time on the given Oslo date (midnight is never inside a DST gap in Oslo). */
export function osloMidnightMs(iso: string): number {
  const utc = utcMidnight(iso);
  return utc - osloOffsetMs(utc - 2 * HOUR);
}

export function osloDateOf(epochMs: number): string {
  return formatUtcDate(epochMs + osloOffsetMs(epochMs));
}

export function osloMinuteOfDay(epochMs: number): number {
  const local = epochMs + osloOffsetMs(epochMs);
  return Math.floor((((local % DAY) + DAY) % DAY) / 60_000);
}

export function addDays(iso: string, days: number): string {
  return formatUtcDate(utcMidnight(iso) + days * DAY);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((utcMidnight(toIso) - utcMidnight(fromIso)) / DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(utcMidnight(iso)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "27.11" for 2025-11-27, as the bank appends dates to texts. */
export function formatDayMonth(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;
}
