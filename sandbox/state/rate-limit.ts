import type { BankContext } from "../context";

const HOUR_MS = 3_600_000;

/** Counts one call for the client in a rolling hour; refuses (with seconds until a slot frees) beyond the limit. */
export function takeRateSlot(ctx: BankContext, clientId: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
  const now = ctx.now();
  const hits = (ctx.state.rateHits[clientId] ?? []).filter((at) => at > now - HOUR_MS);
  ctx.state.rateHits[clientId] = hits;
  const oldest = hits[0];
  if (hits.length >= ctx.rateLimitPerHour && oldest !== undefined) {
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + HOUR_MS - now) / 1000)) };
  }
  hits.push(now);
  ctx.persist();
  return { ok: true };
}
