import { deleteRule, updateRule } from "@/lib/db/rule-store";
import { apiRoute, json } from "@/lib/http/api-route";
import { idAfter, parseJsonBody } from "@/lib/http/parse-body";
import { ruleInputSchema } from "@/lib/rules/rule-schema";

export const PUT = apiRoute(
  async ({ request, userId }) => {
    const id = idAfter(request, "rules");
    await updateRule(userId, id, await parseJsonBody(ruleInputSchema, request));
    return json({ ok: true });
  },
  { mutates: true },
);

/** Removing a rule restores the bank's values on the rows it changed. */
export const DELETE = apiRoute(
  async ({ request, userId }) => {
    await deleteRule(userId, idAfter(request, "rules"));
    return json({ ok: true });
  },
  { mutates: true },
);
