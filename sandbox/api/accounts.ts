import type { AccountKind, SandboxAccount } from "../data/types";
import { bankJson, errorEnvelope } from "../http/responses";
import { negotiateVersion, vndContentType } from "./accept";
import { CREDIT_ACCOUNTS_FAILED, type ApiRequest } from "./api-request";
import { serializeAccount } from "./serialize-account";

const ACCOUNT_VERSIONS = [1, 4, 5] as const;

const FLAG_FOR_KIND: Record<AccountKind, string> = {
  checking: "includeNokAccounts",
  savings: "includeNokAccounts",
  joint: "includeNokAccounts",
  currency: "includeCurrencyAccounts",
  bsu: "includeBsuAccounts",
  creditcard: "includeCreditCardAccounts",
  ask: "includeAskAccounts",
};
const FLAGS = ["includeNokAccounts", "includeCurrencyAccounts", "includeBsuAccounts", "includeCreditCardAccounts", "includeAskAccounts", "includePensionAccounts"];

function parseFlags(url: URL): Record<string, boolean> | string {
  const flags: Record<string, boolean> = {};
  for (const name of FLAGS) {
    const raw = url.searchParams.get(name);
    if (raw === null) flags[name] = name === "includeNokAccounts";
    else if (/^(true|false)$/i.test(raw)) flags[name] = raw.toLowerCase() === "true";
    else return name;
  }
  return flags;
}

function visibleAccounts(api: ApiRequest): SandboxAccount[] {
  const accounts = api.ctx.ledger(api.family.personId).accounts;
  return api.partial === "credit-accounts" ? accounts.filter((account) => account.kind !== "creditcard") : accounts;
}

export async function handleAccounts(api: ApiRequest, rest: string[]): Promise<Response> {
  const version = negotiateVersion(api.request.headers.get("accept"), ACCOUNT_VERSIONS);
  if (version === null) return errorEnvelope(406, "not.acceptable", "Accept must be application/vnd.sparebank1.v1+json (accounts: v1, v4 or v5)");
  const ok = (body: unknown) => bankJson(body, 200, vndContentType(version));
  const method = api.request.method;
  const [first, second] = rest;
  const errors = api.partial === "credit-accounts" ? [CREDIT_ACCOUNTS_FAILED] : [];

  if (method === "GET" && first === undefined) {
    const flags = parseFlags(api.url);
    if (typeof flags === "string") return errorEnvelope(400, "validation.error", `${flags} must be true or false`);
    const listed = visibleAccounts(api).filter((account) => flags[FLAG_FOR_KIND[account.kind]]).map(serializeAccount);
    const balances = api.noBalance ? listed.map((account, index) => (index === 0 ? { ...account, balance: null, availableBalance: null } : account)) : listed;
    return ok({ accounts: api.oddAccount ? balances.map((account, index) => (index === balances.length - 1 ? { ...account, name: 42 } : account)) : balances, errors });
  }
  if (method === "GET" && first === "default" && second === undefined) {
    const account = visibleAccounts(api).find((candidate) => candidate.accountProperties.isDefaultPaymentAccount);
    return account ? ok(serializeAccount(account)) : errorEnvelope(404, "account.not.found", "No default account");
  }
  if (method === "GET" && first === "keys" && second === undefined) {
    const number = api.url.searchParams.get("accountNumber");
    if (!number) return errorEnvelope(400, "validation.error", "Field cannot be null");
    const account = visibleAccounts(api).find((candidate) => candidate.accountNumber === number);
    return account ? ok({ accountKeys: [account.key], errors }) : errorEnvelope(404, "account.not.found", "Account not found");
  }
  if (method === "POST" && first === "balance" && second === undefined) {
    let accountNumber: unknown;
    try {
      accountNumber = ((await api.request.json()) as { accountNumber?: unknown }).accountNumber;
    } catch {
      return errorEnvelope(400, "validation.error", "Body must be JSON {accountNumber}");
    }
    const account = visibleAccounts(api).find((candidate) => candidate.accountNumber === accountNumber);
    if (!account) return errorEnvelope(404, "account.not.found", "Account not found");
    return ok({ accountBalance: account.balanceOre / 100, name: account.name });
  }
  if (method !== "GET" || first === undefined) return errorEnvelope(404, "resource.not.found", "No such resource");
  const account = visibleAccounts(api).find((candidate) => candidate.key === first);
  if (!account) return errorEnvelope(404, "account.not.found", "Account not found");
  if (second === undefined) return ok(serializeAccount(account));
  if (second === "details" && rest.length === 2) {
    return ok({ ...serializeAccount(account), interestRate: account.kind === "savings" || account.kind === "bsu" ? 4.75 : 0.5, openedDate: "2017-08-14" });
  }
  if (second === "roles" && rest.length === 2) {
    return ok({ roles: [{ customerKey: account.owner.customerKey, name: account.owner.name, role: account.disposalRole ? "DISPOSER" : "OWNER" }], errors: [] });
  }
  return errorEnvelope(404, "resource.not.found", "No such resource");
}
