import "server-only";
import { appConfig } from "../config/app-config";
import type { BankTokens } from "../domain/types";
import { SaldoError } from "../errors/saldo-error";
import { guardedFetch } from "../rate-budget/guarded-fetch";
import { rawOAuthError, rawTokenResponse } from "./raw-types";
import { toBankTokens } from "./transform";

export function tokenUrl(): string {
  return `${appConfig().bank.authUrl}/oauth/token`;
}

/** Client authentication as configured: form body (most clients) or HTTP Basic (official tutorial). */
export function withClientAuth(body: URLSearchParams, headers: Headers): void {
  const { clientId, clientSecret, clientAuth } = appConfig().bank;
  if (clientAuth === "client_secret_basic") {
    const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, "+");
    headers.set("Authorization", `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`).toString("base64")}`);
  } else {
    body.set("client_id", clientId);
    body.set("client_secret", clientSecret);
  }
}

/**
 * Spends a refresh token. The caller must hold the connection's refresh lease and store the
 * returned tokens before using them: the old refresh token is dead once this returns.
 */
export async function refreshTokens(refreshToken: string): Promise<BankTokens> {
  const body = new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken });
  const headers = new Headers({ "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" });
  withClientAuth(body, headers);
  const response = await guardedFetch("POST /oauth/token (refresh)", tokenUrl(), { method: "POST", headers, body });
  const text = await response.text().catch(() => "");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (response.ok) {
    const parsed = rawTokenResponse.safeParse(json);
    if (!parsed.success) throw new SaldoError("bank_bad_response", "The bank's token response was not readable.");
    return toBankTokens(parsed.data, Date.now());
  }
  const error = rawOAuthError.safeParse(json);
  const code = error.success ? error.data.error : undefined;
  if (code === "invalid_grant") {
    throw new SaldoError("login_needed", "The bank no longer accepts this login; log in with BankID again.");
  }
  if (code === "invalid_client" || response.status === 401) {
    throw new SaldoError(
      "client_rejected",
      "The bank rejected Saldo's client id or secret. Create a new secret in the SpareBank 1 developer portal and update SB1_CLIENT_SECRET.",
    );
  }
  throw new SaldoError(
    response.status >= 500 ? "bank_unavailable" : "bank_bad_response",
    `The bank's token endpoint answered ${response.status}${code ? ` (${code})` : ""}.`,
  );
}
