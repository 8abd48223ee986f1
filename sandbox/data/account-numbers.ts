import { hashString } from "./prng";

const MOD11_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function mod11CheckDigit(tenDigits: string): number | null {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(tenDigits[i]) * (MOD11_WEIGHTS[i] ?? 0);
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  return rest === 10 ? null : rest;
}

/** A Norwegian 11-digit account number with a valid MOD11 check digit, deterministic per label. */
export function accountNumberFor(bankPrefix: string, label: string): string {
  for (let attempt = 0; ; attempt++) {
    const body = String(hashString(`${label}#${attempt}`) % 1_000_000).padStart(6, "0");
    const ten = `${bankPrefix}${body}`.slice(0, 10);
    const check = mod11CheckDigit(ten);
    if (check !== null) return `${ten}${check}`;
  }
}

export function isValidAccountNumber(accountNumber: string): boolean {
  if (!/^\d{11}$/.test(accountNumber)) return false;
  return mod11CheckDigit(accountNumber.slice(0, 10)) === Number(accountNumber[10]);
}

export function ibanFor(bban: string): string {
  const numeric = `${bban}232400`; // "NO00" with N=23, O=24
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `NO${String(98 - remainder).padStart(2, "0")}${bban}`;
}

export function formatAccountNumber(accountNumber: string): string {
  if (!/^\d{11}$/.test(accountNumber)) return accountNumber;
  return `${accountNumber.slice(0, 4)}.${accountNumber.slice(4, 6)}.${accountNumber.slice(6)}`;
}
