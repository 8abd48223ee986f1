import { z } from "zod";
import { moveRule } from "@/lib/db/rule-store";
import { apiRoute, json } from "@/lib/http/api-route";
import { idAfter, parseJsonBody } from "@/lib/http/parse-body";

const moveSchema = z.object({ direction: z.enum(["up", "down"]) }).strict();

export const POST = apiRoute(
  async ({ request, userId }) => {
    const id = idAfter(request, "rules");
    const { direction } = await parseJsonBody(moveSchema, request);
    await moveRule(userId, id, direction);
    return json({ ok: true });
  },
  { mutates: true },
);
