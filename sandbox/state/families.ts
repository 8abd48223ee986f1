import type { BankContext } from "../context";
import type { FamilyRecord } from "./state-types";
import { randomToken } from "./tokens";

export function revokeFamily(ctx: BankContext, familyId: string | undefined): void {
  if (!familyId) return;
  const family = ctx.state.families[familyId];
  if (!family) return;
  family.revoked = true;
  for (const [token, record] of Object.entries(ctx.state.accessTokens)) if (record.familyId === familyId) delete ctx.state.accessTokens[token];
  ctx.persist();
}

export function createFamily(ctx: BankContext, clientId: string, personId: string): FamilyRecord {
  const family: FamilyRecord = { id: randomToken(16), clientId, personId, createdAt: ctx.now(), revoked: false };
  ctx.state.families[family.id] = family;
  return family;
}

export interface IssuedTokens {
  access_token: string;
  token_type: "Bearer";
  expires_in: number;
  scope: string;
  refresh_token: string;
  refresh_token_expires_in: number;
  refresh_token_absolute_expires_in: number;
}

export function issueTokens(ctx: BankContext, family: FamilyRecord): IssuedTokens {
  const now = ctx.now();
  const { accessSeconds, refreshIdleSeconds, refreshAbsoluteSeconds } = ctx.lifetimes;
  pruneExpired(ctx);
  const accessToken = randomToken();
  const refreshToken = randomToken();
  ctx.state.accessTokens[accessToken] = { familyId: family.id, expiresAt: now + accessSeconds * 1000 };
  ctx.state.refreshTokens[refreshToken] = { familyId: family.id, issuedAt: now, spent: false };
  ctx.persist();
  const absoluteLeft = Math.max(0, Math.floor((family.createdAt + refreshAbsoluteSeconds * 1000 - now) / 1000));
  return {
    access_token: accessToken,
    token_type: "Bearer",
    expires_in: accessSeconds,
    scope: "",
    refresh_token: refreshToken,
    refresh_token_expires_in: Math.min(refreshIdleSeconds, absoluteLeft),
    refresh_token_absolute_expires_in: absoluteLeft,
  };
}

/** The family behind a usable access token, or null (unknown, expired or revoked). */
export function familyForAccessToken(ctx: BankContext, token: string): FamilyRecord | null {
  const record = ctx.state.accessTokens[token];
  if (!record || record.expiresAt <= ctx.now()) return null;
  const family = ctx.state.families[record.familyId];
  return family && !family.revoked ? family : null;
}

function pruneExpired(ctx: BankContext): void {
  const now = ctx.now();
  const day = 86_400_000;
  for (const [token, record] of Object.entries(ctx.state.accessTokens)) if (record.expiresAt < now - day) delete ctx.state.accessTokens[token];
  for (const [code, record] of Object.entries(ctx.state.codes)) if (record.expiresAt < now - day) delete ctx.state.codes[code];
  for (const [token, record] of Object.entries(ctx.state.refreshTokens)) {
    const family = ctx.state.families[record.familyId];
    if (!family || family.createdAt + ctx.lifetimes.refreshAbsoluteSeconds * 1000 < now - day) delete ctx.state.refreshTokens[token];
  }
}
