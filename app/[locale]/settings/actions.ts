"use server";

import { revalidatePath, updateTag } from "next/cache";
import { cachedFiguresTag } from "@/lib/dashboard/cached-figures-tag";
import { requireUserId } from "@/lib/auth/require-user";
import { disconnectBank } from "@/lib/sync/disconnect";

export interface DisconnectState {
  done: "tokens" | "everything" | null;
}

export async function disconnect(_previous: DisconnectState, formData: FormData): Promise<DisconnectState> {
  const userId = await requireUserId();
  const deleteData = formData.get("deleteData") === "on";
  if (formData.get("confirm") !== "yes") return { done: null };
  await disconnectBank(userId, { deleteData });
  if (deleteData) updateTag(cachedFiguresTag(userId));
  revalidatePath("/", "layout");
  return { done: deleteData ? "everything" : "tokens" };
}
