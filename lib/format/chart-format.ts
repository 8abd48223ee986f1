import { dateTimeFormat, numberFormat } from "./intl-formats";

/** Axis ticks: øre as short kroner, e.g. 1234500 → "12k kr" (nb-NO). */
export function formatCompactKroner(minor: number): string {
  return `${numberFormat("nb-NO", { notation: "compact", maximumFractionDigits: 1 }).format(minor / 100)} kr`;
}

/** "2026-03" as "mars 26" / "Mar 26". */
export function formatMonthShort(month: string, locale: string): string {
  return dateTimeFormat(locale, { month: "short", year: "2-digit", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
}

export function formatMonthLong(month: string, locale: string): string {
  return dateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
}

export function formatPercent(share: number, locale: string): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share);
}
