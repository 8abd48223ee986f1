import "server-only";
import { unstable_rethrow } from "next/navigation";
import { NextRequest } from "next/server";
import { SaldoError } from "../errors/saldo-error";
import { errorResponse } from "../http/error-response";
import { logEvent } from "../http/log";
import { sanitizeAuthRequest } from "./sanitize-auth-request";

type AuthHandler = (request: NextRequest) => Promise<Response>;

function refusal(): Response {
  return errorResponse(new SaldoError("bad_request", "The login service could not accept this request."));
}

/**
 * The one boundary between clients and Auth.js's route handlers. Auth.js answers requests its own
 * checks reject with 500 (a callback URL that is not one) or with uncoded 400s, and some malformed
 * input makes it throw: each of those becomes a 400 with a code. Auth.js has already logged what it
 * rejected (through our logger, names only); what it threw is logged here, by name only.
 */
export function authRouteBoundary(handler: AuthHandler): AuthHandler {
  return async (request) => {
    let response: Response;
    try {
      const cleaned = await sanitizeAuthRequest(request);
      response = await handler(cleaned === request ? request : new NextRequest(cleaned));
    } catch (error) {
      unstable_rethrow(error);
      logEvent("auth.request_refused", { name: error instanceof Error ? ((error as { type?: string }).type ?? error.name) : typeof error });
      return refusal();
    }
    if (response.status >= 400) {
      await response.body?.cancel().catch(() => undefined);
      return refusal();
    }
    return response;
  };
}
