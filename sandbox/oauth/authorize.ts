import type { BankContext } from "../context";
import { BANKS } from "../data/banks";
import { TEST_PERSONS, findPerson } from "../data/persons";
import { htmlResponse, redirect } from "../http/responses";
import type { SandboxClient } from "../options";
import { randomToken } from "../state/tokens";
import { bankIdPage, bankPickerPage, errorPage } from "./authorize-pages";

const FORWARDED = ["response_type", "client_id", "redirect_uri", "state", "code_challenge", "code_challenge_method", "scope", "finInst"] as const;

function forwardedParams(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of FORWARDED) {
    const value = params.get(name);
    if (value !== null) out[name] = value;
  }
  return out;
}

function redirectWith(redirectUri: string, values: Record<string, string | null>): Response {
  const target = new URL(redirectUri);
  for (const [name, value] of Object.entries(values)) if (value !== null) target.searchParams.set(name, value);
  return redirect(target.toString());
}

type Validated = { client: SandboxClient; redirectUri: string; state: string | null; finInst: string | null; codeChallenge: string | null } | { response: Response };

function validate(ctx: BankContext, params: URLSearchParams): Validated {
  const clientId = params.get("client_id");
  const client = clientId ? ctx.clients.get(clientId) : undefined;
  if (!client) return { response: htmlResponse(errorPage("Ukjent klient", "client_id mangler eller er ikke registrert."), 400) };
  const redirectUri = params.get("redirect_uri");
  if (!redirectUri || !client.redirectUris.includes(redirectUri)) {
    return { response: htmlResponse(errorPage("Ugyldig redirect_uri", "redirect_uri må være nøyaktig lik en registrert adresse for klienten."), 400) };
  }
  const state = params.get("state");
  const fail = (error: string, description: string): Validated => ({ response: redirectWith(redirectUri, { error, error_description: description, state }) });
  if (params.get("response_type") !== "code") return fail("unsupported_response_type", "response_type must be code");
  const codeChallenge = params.get("code_challenge");
  const method = params.get("code_challenge_method");
  if ((codeChallenge && method !== "S256") || (!codeChallenge && method)) return fail("invalid_request", "PKCE requires code_challenge with code_challenge_method=S256");
  const finInst = params.get("finInst");
  if (finInst !== null) {
    if (!BANKS.some((bank) => bank.id === finInst)) return fail("access_denied", `Unknown financial institution ${finInst}`);
    if (client.finInst && client.finInst !== finInst) return fail("access_denied", "The client is not registered with this bank");
  }
  return { client, redirectUri, state, finInst, codeChallenge };
}

export function handleAuthorizeGet(ctx: BankContext, url: URL): Response {
  const result = validate(ctx, url.searchParams);
  if ("response" in result) return result.response;
  const action = `${ctx.basePath}/oauth/authorize`;
  const params = forwardedParams(url.searchParams);
  if (!result.finInst) {
    const own = BANKS.filter((bank) => bank.id === result.client.finInst);
    const others = BANKS.filter((bank) => bank.id !== result.client.finInst);
    return htmlResponse(bankPickerPage({ action, params, banks: [...own, ...others] }));
  }
  const bankName = BANKS.find((bank) => bank.id === result.finInst)?.name ?? result.finInst;
  return htmlResponse(bankIdPage({ action, params, bankName, persons: TEST_PERSONS }));
}

export async function handleAuthorizePost(ctx: BankContext, request: Request): Promise<Response> {
  const params = new URLSearchParams(await request.text());
  const result = validate(ctx, params);
  if ("response" in result) return result.response;
  if (params.get("cancel")) {
    return redirectWith(result.redirectUri, { error: "access_denied", error_description: "The user cancelled the login", state: result.state });
  }
  const person = findPerson(params.get("person") ?? "");
  if (!person) return htmlResponse(errorPage("Ukjent testperson", "Velg en av testpersonene på BankID-siden."), 400);
  const code = randomToken();
  ctx.state.codes[code] = {
    clientId: result.client.clientId,
    personId: person.id,
    redirectUri: result.redirectUri,
    ...(result.codeChallenge ? { codeChallenge: result.codeChallenge } : {}),
    expiresAt: ctx.now() + ctx.lifetimes.codeSeconds * 1000,
    used: false,
  };
  ctx.persist();
  return redirectWith(result.redirectUri, { code, state: result.state });
}
