import { isApiPath, routeApi } from "./api/route-api";
import { createContext, type BankContext, type CallLogEntry } from "./context";
import { controlAllowed } from "./control/control-access";
import { handleControl } from "./control/control-api";
import { applyFault, takeFault } from "./control/faults";
import { errorEnvelope, unauthorizedText } from "./http/responses";
import { handleAuthorizeGet, handleAuthorizePost } from "./oauth/authorize";
import { presentedCredentials } from "./oauth/client-auth";
import { handleToken, readTokenForm } from "./oauth/token-endpoint";
import type { SandboxBank, SandboxOptions } from "./options";
import { familyForAccessToken } from "./state/families";
import { takeRateSlot } from "./state/rate-limit";

export type { SandboxBank, SandboxClient, SandboxLifetimes, SandboxOptions } from "./options";

function rateLimited(ctx: BankContext, clientId: string | null): Response | null {
  if (!clientId) return null;
  const slot = takeRateSlot(ctx, clientId);
  if (slot.ok) return null;
  return errorEnvelope(429, "rate.limit.exceeded", "Rate limit exceeded", { "retry-after": String(slot.retryAfterSeconds) });
}

async function handleTokenRequest(ctx: BankContext, request: Request, path: string, entry: CallLogEntry): Promise<Response> {
  const form = await readTokenForm(request);
  const credentials = presentedCredentials(request, form ?? new URLSearchParams());
  if (form?.get("grant_type")) entry.grantType = form.get("grant_type") ?? undefined;
  const clientId = credentials.clientId && ctx.clients.has(credentials.clientId) ? credentials.clientId : null;
  entry.clientId = clientId;
  const limited = rateLimited(ctx, clientId);
  if (limited) return limited;
  const outcome = await applyFault(takeFault(ctx, path), request.signal, true);
  if ("respond" in outcome) return outcome.respond;
  return handleToken(ctx, { request, form, credentials, forceInvalidGrant: outcome.proceed.invalidGrant });
}

async function handleApiRequest(ctx: BankContext, request: Request, url: URL, path: string, entry: CallLogEntry): Promise<Response> {
  const header = request.headers.get("authorization") ?? "";
  const bearer = /^bearer\s+(\S+)$/i.exec(header)?.[1];
  const family = bearer ? familyForAccessToken(ctx, bearer) : null;
  entry.clientId = family?.clientId ?? null;
  const limited = rateLimited(ctx, entry.clientId);
  if (limited) return limited;
  const outcome = await applyFault(takeFault(ctx, path), request.signal, false);
  if ("respond" in outcome) return outcome.respond;
  if (!family) return unauthorizedText();
  return routeApi({ ctx, request, url, path, family, partial: outcome.proceed.partial, oddRows: outcome.proceed.oddRows, unreadableRow: outcome.proceed.unreadableRow, noBalance: outcome.proceed.noBalance, oddAccount: outcome.proceed.oddAccount });
}

async function route(ctx: BankContext, request: Request, url: URL, path: string, entry: CallLogEntry): Promise<Response> {
  if (path === "/oauth/token") return handleTokenRequest(ctx, request, path, entry);
  if (isApiPath(path)) return handleApiRequest(ctx, request, url, path, entry);
  if (path === "/oauth/authorize" && (request.method === "GET" || request.method === "POST")) {
    entry.clientId = url.searchParams.get("client_id");
    const outcome = await applyFault(takeFault(ctx, path), request.signal, false);
    if ("respond" in outcome) return outcome.respond;
    return request.method === "GET" ? handleAuthorizeGet(ctx, url) : handleAuthorizePost(ctx, request);
  }
  return errorEnvelope(404, "resource.not.found", "No such resource");
}

export function createSandboxBank(options: SandboxOptions): SandboxBank {
  const ctx = createContext(options);
  return {
    async handle(request) {
      const url = new URL(request.url);
      const { pathname } = url;
      const inside = pathname === ctx.basePath || pathname.startsWith(`${ctx.basePath}/`);
      if (!inside) return errorEnvelope(404, "resource.not.found", "Not a sandbox path");
      const path = pathname.slice(ctx.basePath.length) || "/";
      if (path.startsWith("/__sandbox/")) {
        // Without access it is indistinguishable from any path the bank does not have.
        return controlAllowed(ctx, request) ? handleControl(ctx, request, path) : errorEnvelope(404, "resource.not.found", "No such resource");
      }
      const entry: CallLogEntry = { at: ctx.now(), method: request.method, path, query: url.search, status: null, clientId: null };
      ctx.logCall(entry);
      try {
        const response = await route(ctx, request, url, path, entry);
        entry.status = response.status;
        return response;
      } catch (error) {
        entry.status = 500;
        console.error("[sandbox] unexpected error", error);
        return errorEnvelope(500, "general.error", "An unexpected error occurred");
      }
    },
  };
}
