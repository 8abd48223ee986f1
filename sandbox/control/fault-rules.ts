import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { BankContext } from "../context";
import { jsonResponse } from "../http/responses";
import { pruneExpiredFaults } from "./faults";
import { readJsonBody } from "./read-json";

export const MAX_FAULT_RULES = 100;
// Long enough to outlast a client's 30 s lease in tests, still bounded.
export const MAX_LATENCY_MS = 60_000;
/** A rule without `times` lapses after this much sandbox time, so a forgotten rule cannot stick. */
export const OPEN_RULE_TTL_MS = 15 * 60_000;

const FaultRuleInput = z.object({
  match: z.string().min(1).max(500),
  fault: z.enum([
    "latency", "rate-limit", "rate-limit-no-retry-after", "server-error", "hang", "malformed-json", "partial", "partial-recent", "odd-rows", "unreadable-row", "no-balance", "odd-account", "invalid-grant", "invalid-client",
  ]),
  times: z.number().int().positive().max(10_000).optional(),
  latencyMs: z.number().int().nonnegative().max(MAX_LATENCY_MS).optional(),
  retryAfterSeconds: z.number().int().nonnegative().max(86_400).optional(),
});
const FaultsBody = z.object({ rules: z.array(FaultRuleInput).max(MAX_FAULT_RULES) });

export function listFaults(ctx: BankContext): Response {
  if (pruneExpiredFaults(ctx)) ctx.persist();
  return jsonResponse({ rules: ctx.state.faults });
}

export async function addFaults(ctx: BankContext, request: Request): Promise<Response> {
  const body = await readJsonBody(request, FaultsBody, "fault rules");
  if ("error" in body) return body.error;
  pruneExpiredFaults(ctx);
  const total = ctx.state.faults.length + body.data.rules.length;
  if (total > MAX_FAULT_RULES) return jsonResponse({ error: `At most ${MAX_FAULT_RULES} fault rules at once (this would make ${total})` }, 400);
  const now = ctx.now();
  for (const rule of body.data.rules) {
    ctx.state.faults.push({ id: randomUUID(), ...rule, ...(rule.times === undefined ? { expiresAt: now + OPEN_RULE_TTL_MS } : {}) });
  }
  ctx.persist();
  return jsonResponse({ rules: ctx.state.faults });
}
