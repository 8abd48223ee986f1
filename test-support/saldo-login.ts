// What Auth.js does at the OAuth callback, done by hand: exchange the code (through Saldo's budgeted
// fetch), identify the person, and store the tokens the way the signIn event does.
import { saveLoginTokens } from "../lib/bank-connection/save-login-tokens";
import { createUser, findUserByLink, linkBankIdentity } from "../lib/db/auth-store";
import { guardedFetch } from "../lib/rate-budget/guarded-fetch";
import { fetchBankIdentity } from "../lib/sparebank1/identity";
import { rawTokenResponse } from "../lib/sparebank1/raw-types";
import { tokenUrl, withClientAuth } from "../lib/sparebank1/token-endpoint";
import { toBankTokens } from "../lib/sparebank1/transform";
import { IT_REDIRECT, type Harness } from "./bank-harness";

export async function loginAs(harness: Harness, personId: string): Promise<string> {
  const code = await harness.authorizationCode(personId);
  const body = new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: IT_REDIRECT });
  const headers = new Headers({ "Content-Type": "application/x-www-form-urlencoded" });
  withClientAuth(body, headers);
  const response = await guardedFetch("POST /oauth/token (code)", tokenUrl(), { method: "POST", headers, body });
  if (!response.ok) throw new Error(`token exchange failed: ${response.status}`);
  const tokens = toBankTokens(rawTokenResponse.parse(await response.json()), Date.now());
  const identity = await fetchBankIdentity(tokens.accessToken);
  let user = await findUserByLink("sparebank1", identity.subject);
  if (!user) {
    user = await createUser({ id: crypto.randomUUID(), name: identity.name });
    await linkBankIdentity(user.id, "sparebank1", identity.subject);
  }
  await saveLoginTokens(user.id, tokens);
  return user.id;
}
