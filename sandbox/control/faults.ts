import type { BankContext } from "../context";
import { abortedResponse, delay, untilAborted } from "../http/abort";
import { errorEnvelope, oauthError, VND_JSON } from "../http/responses";
import type { FaultRule } from "../state/state-types";

/** The first rule matching the path, with one use consumed. */
export function takeFault(ctx: BankContext, path: string): FaultRule | null {
  const index = ctx.state.faults.findIndex((rule) => rule.match === "*" || path.startsWith(rule.match));
  const rule = ctx.state.faults[index];
  if (!rule) return null;
  if (rule.times !== undefined) {
    rule.times -= 1;
    if (rule.times <= 0) ctx.state.faults.splice(index, 1);
  }
  ctx.persist();
  return { ...rule };
}

export type FaultOutcome = { respond: Response } | { proceed: { partial: boolean; invalidGrant: boolean } };

export async function applyFault(rule: FaultRule | null, signal: AbortSignal, isTokenEndpoint: boolean): Promise<FaultOutcome> {
  const proceed = (partial = false, invalidGrant = false): FaultOutcome => ({ proceed: { partial, invalidGrant } });
  if (!rule) return proceed();
  switch (rule.fault) {
    case "latency":
      return (await delay(rule.latencyMs ?? 2000, signal)) ? proceed() : { respond: abortedResponse() };
    case "rate-limit":
      return { respond: errorEnvelope(429, "rate.limit.exceeded", "Too many requests", { "retry-after": String(rule.retryAfterSeconds ?? 3600) }) };
    case "rate-limit-no-retry-after":
      return { respond: errorEnvelope(429, "rate.limit.exceeded", "Too many requests") };
    case "server-error":
      return { respond: errorEnvelope(500, "general.error", "An unexpected error occurred") };
    case "hang":
      await untilAborted(signal);
      return { respond: abortedResponse() };
    case "malformed-json":
      return { respond: new Response('{"accounts":[{"key":"', { status: 200, headers: { "content-type": isTokenEndpoint ? "application/json; charset=utf-8" : VND_JSON } }) };
    case "partial":
      return proceed(true);
    case "invalid-grant":
      if (isTokenEndpoint) return proceed(false, true);
      return { respond: oauthError(400, "invalid_grant", "Grant is invalid, expired or revoked") };
    case "invalid-client":
      return { respond: oauthError(401, "invalid_client", "Client authentication failed") };
  }
}

