import { previewRule } from "@/lib/db/rule-store";
import { apiRoute, json } from "@/lib/http/api-route";
import { parseJsonBody } from "@/lib/http/parse-body";
import { ruleConditionsSchema } from "@/lib/rules/rule-schema";
import { z } from "zod";

const previewSchema = z.object({ conditions: ruleConditionsSchema }).strict();

/** How many stored rows a rule's conditions match, with a sample: shown before saving. Changes nothing. */
export const POST = apiRoute(
  async ({ request, userId }) => {
    const { conditions } = await parseJsonBody(previewSchema, request);
    return json(await previewRule(userId, conditions));
  },
  { mutates: true },
);
