import { createRule } from "@/lib/db/rule-store";
import { rulesOf } from "@/lib/db/rule-reads";
import { apiRoute, json } from "@/lib/http/api-route";
import { parseJsonBody } from "@/lib/http/parse-body";
import { ruleInputSchema } from "@/lib/rules/rule-schema";

export const GET = apiRoute(async ({ userId }) => json({ rules: await rulesOf(userId) }));

/** Saves a rule last in order and applies it to the whole history (and to every later sync). */
export const POST = apiRoute(
  async ({ request, userId }) => {
    const input = await parseJsonBody(ruleInputSchema, request);
    const id = await createRule(userId, input);
    return json({ id }, { status: 201 });
  },
  { mutates: true },
);
