import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { BankContext } from "../context";
import { jsonResponse } from "../http/responses";

const FaultRuleInput = z.object({
  match: z.string().min(1),
  fault: z.enum(["latency", "rate-limit", "rate-limit-no-retry-after", "server-error", "hang", "malformed-json", "partial", "invalid-grant", "invalid-client"]),
  times: z.number().int().positive().optional(),
  latencyMs: z.number().int().nonnegative().optional(),
  retryAfterSeconds: z.number().int().nonnegative().optional(),
});
const FaultsBody = z.object({ rules: z.array(FaultRuleInput) });

async function addFaults(ctx: BankContext, request: Request): Promise<Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return jsonResponse({ error: "Body must be JSON" }, 400);
  }
  const parsed = FaultsBody.safeParse(body);
  if (!parsed.success) return jsonResponse({ error: "Invalid fault rules", issues: parsed.error.issues }, 400);
  for (const rule of parsed.data.rules) ctx.state.faults.push({ id: randomUUID(), ...rule });
  ctx.persist();
  return jsonResponse({ rules: ctx.state.faults });
}

export async function handleControl(ctx: BankContext, request: Request, path: string): Promise<Response> {
  const route = `${request.method} ${path.replace(/\/+$/, "")}`;
  switch (route) {
    case "GET /__sandbox/health":
      return jsonResponse({ ok: true });
    case "GET /__sandbox/faults":
      return jsonResponse({ rules: ctx.state.faults });
    case "POST /__sandbox/faults":
      return addFaults(ctx, request);
    case "DELETE /__sandbox/faults":
      ctx.state.faults.length = 0;
      ctx.persist();
      return jsonResponse({ rules: [] });
    case "GET /__sandbox/calls":
      return jsonResponse({ calls: ctx.calls });
    case "DELETE /__sandbox/calls":
      ctx.calls.length = 0;
      return jsonResponse({ calls: [] });
    case "POST /__sandbox/reset":
      ctx.state.rateHits = {};
      ctx.state.faults.length = 0;
      ctx.calls.length = 0;
      ctx.persist();
      return jsonResponse({ ok: true });
    case "POST /__sandbox/expire-access-tokens": {
      const now = ctx.now();
      for (const record of Object.values(ctx.state.accessTokens)) record.expiresAt = Math.min(record.expiresAt, now);
      ctx.persist();
      return jsonResponse({ ok: true, expired: Object.keys(ctx.state.accessTokens).length });
    }
    default:
      return jsonResponse({ error: "Unknown sandbox control endpoint" }, 404);
  }
}
