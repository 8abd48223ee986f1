import { OSLO_TIME_ZONE } from "../dates/oslo-date";
import { dateTimeFormat } from "./intl-formats";

export function formatDateTime(date: Date, locale = "nb-NO"): string {
  return dateTimeFormat(locale, { timeZone: OSLO_TIME_ZONE, dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** A yyyy-MM-dd Oslo day, shown without any time-zone shift. */
export function formatDay(day: string, locale = "nb-NO", style: "medium" | "long" | "short" = "medium"): string {
  return dateTimeFormat(locale, { timeZone: "UTC", dateStyle: style }).format(new Date(`${day}T00:00:00Z`));
}

/** The hour and minute in Oslo, e.g. "08:41". */
export function formatOsloTime(date: Date, locale = "nb-NO"): string {
  return dateTimeFormat(locale, { timeZone: OSLO_TIME_ZONE, hour: "2-digit", minute: "2-digit" }).format(date);
}
