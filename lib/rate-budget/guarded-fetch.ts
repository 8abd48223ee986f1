import "server-only";
import { appConfig } from "../config/app-config";
import { completeUpstreamCall, readClientState, reserveUpstreamCall, setBackoff } from "../db/upstream-calls";
import { SaldoError } from "../errors/saldo-error";
import { logEvent } from "../http/log";
import { parseRetryAfter } from "./budget-window";

const DEFAULT_BACKOFF_SECONDS = 3600;

/**
 * The only way Saldo reaches the bank. Before the call: a 429 back-off in force or a spent hourly
 * budget refuses it without touching the network. Every call made is recorded (endpoint, status,
 * duration). A 429 starts a back-off of Retry-After, or an hour when the bank gives none.
 * `endpoint` is a label without identifiers or tokens, e.g. "GET /personal/banking/accounts".
 */
export async function guardedFetch(endpoint: string, url: string, init: RequestInit, attempt = 1): Promise<Response> {
  const config = appConfig();
  const now = new Date();
  const state = await readClientState();
  if (state?.backoffUntil && state.backoffUntil > now) {
    throw new SaldoError("bank_rate_limited", "The bank asked us to slow down; Saldo waits before calling it again.", {
      retryAt: state.backoffUntil,
    });
  }
  const slot = await reserveUpstreamCall(endpoint, config.sync.rateBudgetPerHour, now);
  if (!slot.granted) {
    throw new SaldoError("rate_budget_exhausted", "This hour's budget of bank calls is used up.", {
      retryAt: slot.freesAt,
    });
  }
  const started = performance.now();
  let response: Response;
  try {
    const signal = init.signal
      ? AbortSignal.any([init.signal, AbortSignal.timeout(config.bank.timeoutMs)])
      : AbortSignal.timeout(config.bank.timeoutMs);
    // The whole answer is read within the time limit and before the call is recorded: a slow write
    // to the store (a remote database's round trip) must not let the limit cut off an answer the
    // bank has already acted on, such as a token refresh that rotated the refresh token.
    const answer = await fetch(url, { ...init, signal, redirect: "manual", cache: "no-store" });
    response = buffered(answer, await answer.arrayBuffer());
  } catch (error) {
    await completeUpstreamCall(slot.id, null, Math.round(performance.now() - started));
    // A kept-alive connection the server closed just as it was reused fails before the request is
    // read. A read (GET) is safe to send once more, in a slot of its own; a token exchange is not.
    if (attempt === 1 && (init.method ?? "GET") === "GET" && connectionReset(error)) return guardedFetch(endpoint, url, init, 2);
    const timedOut = error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError");
    throw timedOut
      ? new SaldoError("bank_timeout", "The bank did not answer in time.", { cause: error })
      : new SaldoError("bank_unavailable", "The bank could not be reached.", { cause: error });
  }
  // The bank has answered (and may have acted, e.g. rotated a refresh token): a record that cannot
  // be written must not lose the answer. The reserved slot still counts against the hourly budget.
  await completeUpstreamCall(slot.id, response.status, Math.round(performance.now() - started)).catch((error: unknown) =>
    logEvent("upstream_call_unrecorded", { endpoint, error: error instanceof Error ? error.name : "unknown" }),
  );
  if (response.status === 429) {
    const seconds = parseRetryAfter(response.headers.get("retry-after"), now) ?? DEFAULT_BACKOFF_SECONDS;
    const until = new Date(Date.now() + Math.max(seconds, 1) * 1000);
    await setBackoff(until, `429 from ${endpoint}`);
    throw new SaldoError("bank_rate_limited", "The bank's rate limit was reached.", { retryAt: until });
  }
  return response;
}

// Statuses whose answers carry no body (a Response refuses one for them).
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

function buffered(answer: Response, body: ArrayBuffer): Response {
  return new Response(NULL_BODY_STATUSES.has(answer.status) ? null : body, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
}

function connectionReset(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return cause?.code === "ECONNRESET" || cause?.code === "UND_ERR_SOCKET";
}
