import type { AlertSettings } from "./alert-settings";

/**
 * The lowest balance (øre, with any credit line added) an account may have before the low-balance
 * alert speaks: the owner's limit for that account, else the common one for kroner accounts and 0 for
 * others; null when the owner turned the alert off for the account.
 */
export function lowBalanceFloor(settings: AlertSettings["lowBalance"], account: { id: string; currencyCode: string }): number | null {
  const override = settings.accounts[account.id];
  if (override === null) return null;
  return override ?? (account.currencyCode === "NOK" ? settings.threshold : 0);
}
