import "server-only";
import type { SeriesChoice, SeriesChoiceStatus } from "../recurring/types";
import { db } from "./client";

export async function seriesChoices(userId: string): Promise<SeriesChoice[]> {
  const rows = await db().seriesChoice.findMany({ where: { userId }, select: { seriesKey: true, status: true, name: true } });
  return rows.map((row) => ({ seriesKey: row.seriesKey, name: row.name, status: row.status === "CONFIRMED" || row.status === "DISMISSED" ? row.status : null }));
}

/** Stores the owner's word on one series; `undefined` leaves a field as it was, `null` clears it. */
export async function saveSeriesChoice(userId: string, seriesKey: string, change: { status?: SeriesChoiceStatus | null; name?: string | null }): Promise<SeriesChoice> {
  const row = await db().seriesChoice.upsert({
    where: { userId_seriesKey: { userId, seriesKey } },
    create: { userId, seriesKey, status: change.status ?? null, name: change.name ?? null },
    update: { ...(change.status !== undefined ? { status: change.status } : {}), ...(change.name !== undefined ? { name: change.name } : {}) },
    select: { seriesKey: true, status: true, name: true },
  });
  return { seriesKey: row.seriesKey, name: row.name, status: row.status === "CONFIRMED" || row.status === "DISMISSED" ? row.status : null };
}
