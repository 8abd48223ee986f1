import type { PartialKind } from "../api/api-request";
import type { BankContext } from "../context";
import { abortedResponse, delay, untilAborted } from "../http/abort";
import { errorEnvelope, oauthError, VND_JSON } from "../http/responses";
import type { FaultRule } from "../state/state-types";

/** Drops rules whose time ran out; true when any went. */
export function pruneExpiredFaults(ctx: BankContext): boolean {
  const now = ctx.now();
  const before = ctx.state.faults.length;
  ctx.state.faults = ctx.state.faults.filter((rule) => rule.expiresAt === undefined || rule.expiresAt > now);
  return ctx.state.faults.length !== before;
}

/** The first rule matching the path, with one use consumed. */
export function takeFault(ctx: BankContext, path: string): FaultRule | null {
  const pruned = pruneExpiredFaults(ctx);
  const index = ctx.state.faults.findIndex((rule) => rule.match === "*" || path.startsWith(rule.match));
  const rule = ctx.state.faults[index];
  if (!rule) {
    if (pruned) ctx.persist();
    return null;
  }
  if (rule.times !== undefined) {
    rule.times -= 1;
    if (rule.times <= 0) ctx.state.faults.splice(index, 1);
  }
  ctx.persist();
  return { ...rule };
}

export interface Proceed {
  partial: PartialKind | null;
  invalidGrant: boolean;
  oddRows: boolean;
  unreadableRow: boolean;
  noBalance: boolean;
  oddAccount: boolean;
}

export type FaultOutcome = { respond: Response } | { proceed: Proceed };

export async function applyFault(rule: FaultRule | null, signal: AbortSignal, isTokenEndpoint: boolean): Promise<FaultOutcome> {
  const proceed = (changes: Partial<Proceed> = {}): FaultOutcome => ({ proceed: { partial: null, invalidGrant: false, oddRows: false, unreadableRow: false, noBalance: false, oddAccount: false, ...changes } });
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
      return proceed({ partial: "credit-accounts" });
    case "partial-recent":
      return proceed({ partial: "recent" });
    case "odd-rows":
      return proceed({ oddRows: true });
    case "unreadable-row":
      return proceed({ unreadableRow: true });
    case "no-balance":
      return proceed({ noBalance: true });
    case "odd-account":
      return proceed({ oddAccount: true });
    case "invalid-grant":
      if (isTokenEndpoint) return proceed({ invalidGrant: true });
      return { respond: oauthError(400, "invalid_grant", "Grant is invalid, expired or revoked") };
    case "invalid-client":
      return { respond: oauthError(401, "invalid_client", "Client authentication failed") };
  }
}
