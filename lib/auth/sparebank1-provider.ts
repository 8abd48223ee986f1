import "server-only";
import { customFetch } from "next-auth";
import type { OAuthConfig } from "next-auth/providers";
import { appConfig } from "../config/app-config";
import type { BankIdentity } from "../domain/types";
import { guardedFetch } from "../rate-budget/guarded-fetch";
import { fetchBankIdentity } from "../sparebank1/identity";
import { tokenUrl } from "../sparebank1/token-endpoint";
import { knownOwner } from "./owner-gate";

export const PROVIDER_ID = "sparebank1";

/** SpareBank 1's authorization code flow as an Auth.js provider; every bank call goes through the budget. */
export function sparebank1Provider(): OAuthConfig<BankIdentity> {
  const { bank } = appConfig();
  return {
    id: PROVIDER_ID,
    name: "SpareBank 1",
    type: "oauth",
    clientId: bank.clientId,
    clientSecret: bank.clientSecret,
    // Without an explicit scope Auth.js would ask for "openid profile email", which the bank does not use.
    authorization: { url: `${bank.authUrl}/oauth/authorize`, params: { scope: "", ...(bank.finInst ? { finInst: bank.finInst } : {}) } },
    token: tokenUrl(),
    userinfo: {
      url: `${bank.apiUrl}/personal/banking/accounts`,
      request: async ({ tokens }: { tokens: { access_token?: string } }) => fetchBankIdentity(tokens.access_token ?? "", await knownOwner()),
    },
    client: { token_endpoint_auth_method: bank.clientAuth },
    checks: bank.pkce ? ["pkce", "state"] : ["state"],
    profile: (identity) => ({ id: identity.subject, name: identity.name ?? null, email: null }),
    [customFetch]: (url: string | URL | Request, init?: RequestInit) =>
      guardedFetch("POST /oauth/token (code)", url.toString(), init ?? {}),
  };
}
