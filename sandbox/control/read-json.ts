import type { z } from "zod";
import { jsonResponse } from "../http/responses";

/** The body parsed with the schema, or the 400 answer to send. */
export async function readJsonBody<T extends z.ZodType>(request: Request, schema: T, what: string): Promise<{ data: z.infer<T> } | { error: Response }> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { error: jsonResponse({ error: "Body must be JSON" }, 400) };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`).join("; ");
    return { error: jsonResponse({ error: `Invalid ${what}: ${message}`, issues: parsed.error.issues }, 400) };
  }
  return { data: parsed.data };
}
