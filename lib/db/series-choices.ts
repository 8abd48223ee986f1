import "server-only";
import { cache } from "react";
import type { SeriesChoice, SeriesChoiceStatus } from "../recurring/types";
import { batchedRead } from "./batched-read";
import { db } from "./client";

export async function seriesChoices(userId: string): Promise<SeriesChoice[]> {
  const [result] = await batchedRead([{ sql: `SELECT "seriesKey", "status", "name" FROM "SeriesChoice" WHERE "userId" = ?`, args: [userId] }]);
  return result!.rows.map((row) => ({
    seriesKey: String(row.seriesKey),
    name: row.name === null ? null : String(row.name),
    status: row.status === "CONFIRMED" || row.status === "DISMISSED" ? row.status : null,
  }));
}

/** The choices as one page render sees them: read once, and early enough to join the page's first read batch. */
export const renderedSeriesChoices = cache(seriesChoices);

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
