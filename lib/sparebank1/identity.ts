import "server-only";
import type { BankIdentity } from "../domain/types";
import { SaldoError } from "../errors/saldo-error";
import { guardedFetch } from "../rate-budget/guarded-fetch";
import { appConfig } from "../config/app-config";
import { readBankJson } from "./read-json";
import { rawAccountListResponse, type RawAccount } from "./raw-types";
import { readableAccounts } from "./readable-accounts";

const ownerKey = (account: RawAccount) => account.owner?.customerKey ?? account.owner?.ssnKey ?? undefined;
const subjectOf = (account: RawAccount) => {
  const key = ownerKey(account);
  return key ? `sb1:${key}` : undefined;
};

/**
 * Who the accounts say the customer is. The bank has no userinfo endpoint for personal clients; an
 * account owner's customerKey (or ssnKey) is the stable identity, names are never used. Only the
 * accounts the customer owns count where the bank says so (a joint account may name someone else).
 * Among those, the identity already known to this deployment (its owner, recorded at the first
 * login or set as SALDO_OWNER) wins, so choosing another default payment account at the bank does
 * not turn the owner into a stranger; otherwise the default payment account's owner is the user.
 */
export function identityFromAccounts(accounts: readonly RawAccount[], knownSubject: string | null): BankIdentity {
  const owned = accounts.filter((account) => account.accountProperties?.isOwned === true);
  const candidates = owned.length > 0 ? owned : accounts;
  const chosen =
    (knownSubject ? candidates.find((account) => subjectOf(account) === knownSubject) : undefined) ??
    candidates.find((account) => account.accountProperties?.isDefaultPaymentAccount === true && account.owner?.customerKey) ??
    candidates.find((account) => ownerKey(account));
  const subject = chosen ? subjectOf(chosen) : undefined;
  if (!chosen || !subject) throw new SaldoError("bank_bad_response", "The bank did not say who owns the accounts, so Saldo cannot identify you.");
  const name = chosen.owner?.name ?? ([chosen.owner?.firstName, chosen.owner?.lastName].filter(Boolean).join(" ") || undefined);
  return { subject, name: name ?? undefined };
}

export async function fetchBankIdentity(accessToken: string, knownSubject: string | null = null): Promise<BankIdentity> {
  const url = new URL(`${appConfig().bank.apiUrl}/personal/banking/accounts`);
  url.searchParams.set("includeNokAccounts", "true");
  const response = await guardedFetch("GET /personal/banking/accounts (identity)", url.toString(), {
    headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/vnd.sparebank1.v1+json; charset=utf-8" },
  });
  const raw = await readBankJson(response, rawAccountListResponse, "the account list");
  return identityFromAccounts(readableAccounts(raw.accounts).accounts, knownSubject);
}
