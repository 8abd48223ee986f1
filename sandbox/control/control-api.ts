import type { BankContext } from "../context";
import { jsonResponse } from "../http/responses";
import { clockState, moveClock } from "./clock-control";
import { addFaults, listFaults } from "./fault-rules";

export async function handleControl(ctx: BankContext, request: Request, path: string): Promise<Response> {
  const route = `${request.method} ${path.replace(/\/+$/, "")}`;
  switch (route) {
    case "GET /__sandbox/health":
      return jsonResponse({ ok: true });
    case "GET /__sandbox/faults":
      return listFaults(ctx);
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
    case "GET /__sandbox/clock":
      return clockState(ctx);
    case "POST /__sandbox/clock":
      return moveClock(ctx, request);
    case "POST /__sandbox/reset":
      ctx.state.rateHits = {};
      ctx.state.faults.length = 0;
      ctx.calls.length = 0;
      ctx.clock.reset();
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
