import { saveCorrection } from "@/lib/db/correction-store";
import { correctionSchema } from "@/lib/corrections/correction-schema";
import { apiRoute, json } from "@/lib/http/api-route";
import { idAfter, parseJsonBody } from "@/lib/http/parse-body";

/** Replaces the owner's corrections of one row (category, merchant, transfer, exclusion, note, tags, splits). */
export const PUT = apiRoute(
  async ({ request, userId }) => {
    const id = idAfter(request, "transactions");
    const input = await parseJsonBody(correctionSchema, request);
    await saveCorrection(userId, id, input);
    return json({ ok: true });
  },
  { mutates: true },
);
