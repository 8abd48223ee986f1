import "server-only";
import type { z } from "zod";
import { SaldoError } from "../errors/saldo-error";
import { rawErrorEnvelope } from "./raw-types";

/** Maps a bank response to data or to a SaldoError; never lets a body or token reach the message. */
export async function readBankJson<T extends z.ZodType>(response: Response, schema: T, what: string): Promise<z.infer<T>> {
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    throw new SaldoError("bank_timeout", `The bank stopped sending ${what} mid-way.`, { cause });
  }
  if (response.status === 401) throw new SaldoError("unauthenticated", "The bank rejected the access token.");
  if (!response.ok) {
    const envelope = rawErrorEnvelope.safeParse(safeJson(text));
    const first = envelope.success ? envelope.data.errors[0] : undefined;
    const code = typeof first === "string" ? first : first?.code;
    const kind = response.status >= 500 ? "bank_unavailable" : "bank_bad_response";
    throw new SaldoError(kind, `The bank answered ${response.status}${code ? ` (${code})` : ""} for ${what}.`);
  }
  const json = safeJson(text);
  if (json === undefined) throw new SaldoError("bank_bad_response", `The bank sent ${what} that is not valid JSON.`);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join(".") || "(root)";
    throw new SaldoError("bank_bad_response", `The bank sent ${what} in an unexpected shape (at ${where}).`);
  }
  return parsed.data;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
