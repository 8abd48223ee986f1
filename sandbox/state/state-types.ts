export type FaultKind =
  | "latency"
  | "rate-limit"
  | "rate-limit-no-retry-after"
  | "server-error"
  | "hang"
  | "malformed-json"
  | "partial"
  | "partial-recent"
  | "odd-rows"
  | "unreadable-row"
  | "no-balance"
  | "odd-account"
  | "invalid-grant"
  | "invalid-client";

export interface FaultRule {
  id: string;
  match: string;
  fault: FaultKind;
  /** Remaining uses; absent = until cleared or expired. */
  times?: number;
  /** Sandbox-clock ms after which a rule without `times` no longer applies. */
  expiresAt?: number;
  latencyMs?: number;
  retryAfterSeconds?: number;
}

export interface CodeRecord {
  clientId: string;
  personId: string;
  redirectUri: string;
  codeChallenge?: string;
  expiresAt: number;
  used: boolean;
  familyId?: string;
}

export interface FamilyRecord {
  id: string;
  clientId: string;
  personId: string;
  createdAt: number;
  revoked: boolean;
}

export interface AccessTokenRecord {
  familyId: string;
  expiresAt: number;
}

export interface RefreshTokenRecord {
  familyId: string;
  issuedAt: number;
  spent: boolean;
}

export interface PersistedState {
  codes: Record<string, CodeRecord>;
  families: Record<string, FamilyRecord>;
  accessTokens: Record<string, AccessTokenRecord>;
  refreshTokens: Record<string, RefreshTokenRecord>;
  rateHits: Record<string, number[]>;
  faults: FaultRule[];
}

export function emptyState(): PersistedState {
  return { codes: {}, families: {}, accessTokens: {}, refreshTokens: {}, rateHits: {}, faults: [] };
}
