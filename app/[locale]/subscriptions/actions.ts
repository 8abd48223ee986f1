"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUserId } from "@/lib/auth/require-user";
import { loadRecurring } from "@/lib/dashboard/load-recurring";
import { osloToday } from "@/lib/dates/oslo-date";
import { saveSeriesChoice } from "@/lib/db/series-choices";

export interface ChoiceState {
  error: "invalid" | "unknown" | null;
}

const choiceSchema = z.object({
  seriesKey: z.string().min(3).max(400),
  intent: z.enum(["confirm", "dismiss", "restore", "rename"]),
  name: z.string().trim().max(80).optional(),
});

/** The owner's word on one detected series: confirm, dismiss ("not recurring"), undo, or rename. */
export async function chooseSeries(_previous: ChoiceState, formData: FormData): Promise<ChoiceState> {
  const userId = await requireUserId();
  const name = formData.get("name");
  const parsed = choiceSchema.safeParse({ seriesKey: formData.get("seriesKey"), intent: formData.get("intent"), ...(typeof name === "string" ? { name } : {}) });
  if (!parsed.success) return { error: "invalid" };
  const { seriesKey, intent } = parsed.data;
  // Only a series Saldo has detected can be chosen about: no rows for keys that mean nothing.
  const { series } = await loadRecurring(userId, osloToday());
  if (!series.some((candidate) => candidate.key === seriesKey)) return { error: "unknown" };
  if (intent === "rename") await saveSeriesChoice(userId, seriesKey, { name: parsed.data.name || null });
  else await saveSeriesChoice(userId, seriesKey, { status: intent === "confirm" ? "CONFIRMED" : intent === "dismiss" ? "DISMISSED" : null });
  revalidatePath("/", "layout");
  return { error: null };
}
