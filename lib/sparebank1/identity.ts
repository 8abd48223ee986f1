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
 * account owner's customerKey (or ssnKey) is the stable identity, names are never used. The list also
 * holds accounts the customer only may use (a spouse's, a joint one), which name their own owner, so
 * only accounts the customer owns can name the customer:
 * - Where the bank marks them (`isOwned`, which the published spec does not list), only those count,
 *   and a list without one owned account names nobody. Among them the identity already known to this
 *   deployment (its owner, recorded at the first login or set as SALDO_OWNER) wins, so choosing
 *   another default payment account at the bank does not turn the owner into a stranger; otherwise
 *   the default payment account's owner is the user.
 * - Where it marks none, any account may be another person's, so the known owner gets no preference
 *   (a customer allowed to use the owner's account would pass as the owner): the default payment
 *   account's owner is the user, else the one owner every account names; several owners and no
 *   default payment account name nobody.
 */
export function identityFromAccounts(accounts: readonly RawAccount[], knownSubject: string | null): BankIdentity {
  const marked = accounts.some((account) => typeof account.accountProperties?.isOwned === "boolean");
  const chosen = marked ? chooseAmongOwned(accounts.filter((account) => account.accountProperties?.isOwned === true), knownSubject) : chooseUnmarked(accounts);
  const subject = chosen ? subjectOf(chosen) : undefined;
  if (!chosen || !subject) throw new SaldoError("bank_bad_response", "The bank did not say who owns the accounts, so Saldo cannot identify you.");
  const name = chosen.owner?.name ?? ([chosen.owner?.firstName, chosen.owner?.lastName].filter(Boolean).join(" ") || undefined);
  return { subject, name: name ?? undefined };
}

function chooseAmongOwned(owned: readonly RawAccount[], knownSubject: string | null): RawAccount | undefined {
  return (
    (knownSubject ? owned.find((account) => subjectOf(account) === knownSubject) : undefined) ??
    owned.find((account) => account.accountProperties?.isDefaultPaymentAccount === true && ownerKey(account)) ??
    owned.find((account) => ownerKey(account))
  );
}

function chooseUnmarked(accounts: readonly RawAccount[]): RawAccount | undefined {
  const payment = accounts.find((account) => account.accountProperties?.isDefaultPaymentAccount === true && ownerKey(account));
  if (payment) return payment;
  const named = accounts.filter((account) => ownerKey(account));
  return new Set(named.map(subjectOf)).size === 1 ? named[0] : undefined;
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
