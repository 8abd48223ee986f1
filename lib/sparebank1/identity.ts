import "server-only";
import type { BankIdentity } from "../domain/types";
import { SaldoError } from "../errors/saldo-error";
import { guardedFetch } from "../rate-budget/guarded-fetch";
import { appConfig } from "../config/app-config";
import { readBankJson } from "./read-json";
import { rawAccountsResponse } from "./raw-types";

/**
 * The bank has no userinfo endpoint for personal clients; the account owner's customerKey (or
 * ssnKey) is the stable identity. Names can change and are never used as identity.
 */
export async function fetchBankIdentity(accessToken: string): Promise<BankIdentity> {
  const url = new URL(`${appConfig().bank.apiUrl}/personal/banking/accounts`);
  url.searchParams.set("includeNokAccounts", "true");
  const response = await guardedFetch("GET /personal/banking/accounts (identity)", url.toString(), {
    headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/vnd.sparebank1.v1+json; charset=utf-8" },
  });
  const raw = await readBankJson(response, rawAccountsResponse, "the account list");
  // The default payment account is the user's own; shared accounts may name another owner first.
  const owned =
    raw.accounts.find((account) => account.accountProperties?.isDefaultPaymentAccount === true && account.owner?.customerKey) ??
    raw.accounts.find((account) => account.owner?.customerKey ?? account.owner?.ssnKey);
  const subject = owned?.owner?.customerKey ?? owned?.owner?.ssnKey;
  if (!subject) throw new SaldoError("bank_bad_response", "The bank did not say who owns the accounts, so Saldo cannot identify you.");
  const name = owned?.owner?.name ?? ([owned?.owner?.firstName, owned?.owner?.lastName].filter(Boolean).join(" ") || undefined);
  return { subject: `sb1:${subject}`, name: name ?? undefined };
}
