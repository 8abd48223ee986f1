"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUserId } from "@/lib/auth/require-user";
import { markAlertsRead } from "@/lib/db/alert-store";

const input = z.object({ id: z.string().max(100).optional(), read: z.enum(["true", "false"]) });

/** Marks one alert (or, without an id, every alert) read or unread. */
export async function markAlertAction(formData: FormData): Promise<void> {
  const userId = await requireUserId();
  const parsed = input.safeParse({ id: formData.get("id") ?? undefined, read: formData.get("read") });
  if (!parsed.success) return;
  await markAlertsRead(userId, parsed.data.id ? [parsed.data.id] : "all", parsed.data.read === "true", new Date());
  revalidatePath("/", "layout");
}
