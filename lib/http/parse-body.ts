import "server-only";
import type { z } from "zod";
import { SaldoError } from "../errors/saldo-error";

const MAX_BODY = 256 * 1024;

/** A zod issue as one message that names the field, e.g. `Invalid field "splits.1.amount": must be whole øre.` */
export function issueMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  return `Invalid field "${issue?.path.join(".") || "body"}": ${issue?.message ?? "invalid"}.`;
}

/** The request's JSON body validated by `schema`; anything else is a 400 that changes nothing. */
export async function parseJsonBody<T extends z.ZodType>(schema: T, request: Request, maxBytes = MAX_BODY): Promise<z.infer<T>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new SaldoError("bad_request", "Send the body as application/json.");
  const text = await request.text().catch(() => {
    throw new SaldoError("bad_request", "The body could not be read.");
  });
  if (text.length > maxBytes) throw new SaldoError("bad_request", "The body is too large.");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SaldoError("bad_request", "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new SaldoError("bad_request", issueMessage(parsed.error));
  return parsed.data;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The path segment after `after` (e.g. the id in /api/rules/<id>/move), checked to look like one of our ids. */
export function idAfter(request: Request, after: string): string {
  const segments = new URL(request.url).pathname.split("/");
  const value = segments[segments.indexOf(after) + 1] ?? "";
  if (!ID.test(value)) throw new SaldoError("not_found", "No such item.");
  return value;
}
