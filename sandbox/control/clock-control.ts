import { z } from "zod";
import type { BankContext } from "../context";
import { jsonResponse } from "../http/responses";
import { readJsonBody } from "./read-json";

// Roughly years 2000 to 2100: far enough for any test, and never a value Date cannot hold.
const instant = z.number().int().min(946_684_800_000).max(4_102_444_800_000);

const ClockBody = z.union([
  z.object({ nowMs: instant, epochMs: instant.optional() }).strict(),
  z.object({ advanceMs: z.number().int().min(-366 * 86_400_000).max(5 * 366 * 86_400_000), epochMs: instant.optional() }).strict(),
  z.object({ reset: z.literal(true) }).strict(),
  z.object({ epochMs: instant }).strict(),
]);

export function clockState(ctx: BankContext): Response {
  return jsonResponse({ nowMs: ctx.now(), epochMs: ctx.clock.epochMs(), drift: ctx.drift });
}

export async function moveClock(ctx: BankContext, request: Request): Promise<Response> {
  const body = await readJsonBody(request, ClockBody, "clock body (send {nowMs}, {advanceMs}, {reset: true}, each optionally with epochMs)");
  if ("error" in body) return body.error;
  const input = body.data;
  if ("reset" in input) ctx.clock.reset();
  else if ("nowMs" in input) ctx.clock.set(input.nowMs, input.epochMs);
  else {
    if ("advanceMs" in input) ctx.clock.advance(input.advanceMs);
    if (input.epochMs !== undefined) ctx.clock.set(ctx.now(), input.epochMs);
  }
  return clockState(ctx);
}
