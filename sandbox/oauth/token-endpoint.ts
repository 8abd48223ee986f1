import type { BankContext } from "../context";
import { jsonResponse, oauthError } from "../http/responses";
import type { SandboxClient } from "../options";
import { createFamily, issueTokens, revokeFamily } from "../state/families";
import { pkceChallenge, safeEqual } from "../state/tokens";
import { authenticateClient, type PresentedCredentials } from "./client-auth";

export interface TokenRequest {
  request: Request;
  form: URLSearchParams | null;
  credentials: PresentedCredentials;
  forceInvalidGrant: boolean;
}

const invalidGrant = (description: string) => oauthError(400, "invalid_grant", description);

function exchangeCode(ctx: BankContext, client: SandboxClient, form: URLSearchParams): Response {
  const code = form.get("code");
  if (!code) return oauthError(400, "invalid_request", "code is required");
  const record = ctx.state.codes[code];
  if (!record || record.clientId !== client.clientId) return invalidGrant("Unknown authorization code");
  if (record.used) {
    // RFC 6749 §4.1.2: a replayed code revokes what it already issued.
    revokeFamily(ctx, record.familyId);
    return invalidGrant("Authorization code already used");
  }
  record.used = true;
  ctx.persist();
  if (record.expiresAt <= ctx.now()) return invalidGrant("Authorization code expired");
  if (form.get("redirect_uri") !== record.redirectUri) return invalidGrant("redirect_uri does not match the authorization request");
  if (record.codeChallenge) {
    const verifier = form.get("code_verifier");
    if (!verifier || !safeEqual(pkceChallenge(verifier), record.codeChallenge)) return invalidGrant("PKCE verification failed");
  }
  const family = createFamily(ctx, client.clientId, record.personId);
  record.familyId = family.id;
  return jsonResponse(issueTokens(ctx, family));
}

function refresh(ctx: BankContext, client: SandboxClient, form: URLSearchParams): Response {
  const token = form.get("refresh_token");
  if (!token) return oauthError(400, "invalid_request", "refresh_token is required");
  const record = ctx.state.refreshTokens[token];
  const family = record ? ctx.state.families[record.familyId] : undefined;
  if (!record || !family || family.clientId !== client.clientId) return invalidGrant("Unknown refresh token");
  if (family.revoked) return invalidGrant("Refresh token revoked");
  if (record.spent) {
    revokeFamily(ctx, family.id);
    return invalidGrant("Refresh token already used; the login has been revoked");
  }
  const now = ctx.now();
  if (record.issuedAt + ctx.lifetimes.refreshIdleSeconds * 1000 <= now) return invalidGrant("Refresh token expired");
  if (family.createdAt + ctx.lifetimes.refreshAbsoluteSeconds * 1000 <= now) return invalidGrant("Refresh token expired (absolute lifetime)");
  record.spent = true;
  return jsonResponse(issueTokens(ctx, family));
}

/** Fault "invalid-grant": behave as if the presented grant had been replayed. */
function forcedInvalidGrant(ctx: BankContext, form: URLSearchParams): Response {
  const refreshToken = form.get("refresh_token");
  const code = form.get("code");
  if (refreshToken) revokeFamily(ctx, ctx.state.refreshTokens[refreshToken]?.familyId);
  if (code && ctx.state.codes[code]) {
    ctx.state.codes[code].used = true;
    revokeFamily(ctx, ctx.state.codes[code].familyId);
    ctx.persist();
  }
  return invalidGrant("Grant is invalid, expired or revoked");
}

export function handleToken(ctx: BankContext, input: TokenRequest): Response {
  const { form } = input;
  if (!form) return oauthError(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded");
  const client = authenticateClient(ctx, input.credentials);
  if (!client) return oauthError(401, "invalid_client", "Client authentication failed");
  if (input.forceInvalidGrant) return forcedInvalidGrant(ctx, form);
  const grantType = form.get("grant_type");
  if (!grantType) return oauthError(400, "invalid_request", "grant_type is required");
  if (grantType === "authorization_code") return exchangeCode(ctx, client, form);
  if (grantType === "refresh_token") return refresh(ctx, client, form);
  return oauthError(400, "unsupported_grant_type", `grant_type ${grantType} is not supported`);
}

export async function readTokenForm(request: Request): Promise<URLSearchParams | null> {
  const contentType = request.headers.get("content-type") ?? "";
  if (request.method !== "POST" || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) return null;
  return new URLSearchParams(await request.text());
}
