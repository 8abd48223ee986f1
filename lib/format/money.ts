import { numberFormat } from "./intl-formats";

/** Minor units (øre) as Norwegian currency text, e.g. 1234567 → "12 345,67 kr" (nb-NO in both UI languages). */
export function formatMoney(minor: number, currency = "NOK", locale = "nb-NO"): string {
  // Intl refuses a malformed code (RangeError); the bank's data must never break a page.
  if (!/^[A-Z]{3}$/.test(currency)) return `${(minor / 100).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`.trim();
  return numberFormat(locale, { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(minor / 100);
}

/** 11-digit Norwegian account numbers as banks print them: 1234 56 78901. */
export function formatAccountNumber(accountNumber: string): string {
  return /^\d{11}$/.test(accountNumber)
    ? `${accountNumber.slice(0, 4)} ${accountNumber.slice(4, 6)} ${accountNumber.slice(6)}`
    : accountNumber;
}
