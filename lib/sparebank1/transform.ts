import { osloDate } from "../dates/oslo-date";
import type { BankAccountData, BankProblem, BankTokens, BankTransactionData } from "../domain/types";
import type { RawAccount, RawClassifiedTransaction, RawProblem, RawTokenResponse } from "./raw-types";

const UNCATEGORISED = new Set(["ukategorisert", "uncategorized", "uncategorised"]);

/** Kroner as a JSON number to integer øre, without float drift (12.34 * 100 = 1233.9999…). */
export function toMinorUnits(amount: number): number {
  return Math.round(amount * 100);
}

const clean = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

export function toBankTokens(raw: RawTokenResponse, nowMs: number): BankTokens {
  return {
    accessToken: raw.access_token,
    refreshToken: raw.refresh_token,
    accessExpiresAt: new Date(nowMs + raw.expires_in * 1000),
    refreshIdleExpiresAt: raw.refresh_token_expires_in ? new Date(nowMs + raw.refresh_token_expires_in * 1000) : undefined,
    refreshAbsoluteExpiresAt: raw.refresh_token_absolute_expires_in
      ? new Date(nowMs + raw.refresh_token_absolute_expires_in * 1000)
      : undefined,
  };
}

/** The bank's type/productType vocabulary is loose; Saldo shows one of a few kinds. */
export function accountKind(raw: RawAccount): BankAccountData["type"] {
  const words = `${raw.type ?? ""} ${raw.productType ?? ""}`.toUpperCase();
  if (raw.accountNumber.startsWith("K") || raw.creditCardAccountID || words.includes("CREDITCARD") || words.includes("KREDITTKORT")) return "CREDITCARD";
  if (words.includes("BSU")) return "BSU";
  if (words.includes("ASK") || words.includes("AKSJESPARE")) return "ASK";
  if (words.includes("PENSION") || words.includes("PENSJON")) return "PENSION";
  if ((raw.currencyCode ?? "NOK").toUpperCase() !== "NOK") return "CURRENCY";
  if (raw.accountProperties?.isSavingsAccount === true || words.includes("SAVING") || words.includes("SPARE")) return "SAVINGS";
  return "CHECKING";
}

export function toBankAccount(raw: RawAccount): BankAccountData {
  const properties = raw.accountProperties ?? {};
  const balance = toMinorUnits(raw.balance ?? 0);
  return {
    bankKey: raw.key,
    accountNumber: raw.accountNumber,
    iban: clean(raw.iban),
    name: raw.name,
    description: clean(raw.description),
    type: accountKind(raw),
    productType: clean(raw.productType),
    currencyCode: clean(raw.currencyCode) ?? "NOK",
    balance,
    availableBalance: raw.availableBalance == null ? balance : toMinorUnits(raw.availableBalance),
    creditLimit: raw.creditCardCreditLimit == null ? undefined : toMinorUnits(raw.creditCardCreditLimit),
    isSavings: properties.isSavingsAccount === true,
    isHidden: properties.isHidden === true,
    ownerName: clean(raw.owner?.name),
  };
}

function accountNumberOf(raw: RawClassifiedTransaction["transaction"]["accountNumber"]): string | undefined {
  if (!raw) return undefined;
  if (typeof raw === "string") return clean(raw);
  return clean(raw.unformatted) ?? clean(raw.value) ?? clean(raw.formatted)?.replace(/\D/g, "");
}

export function toBankTransaction(
  raw: RawClassifiedTransaction,
  accountNumberByKey: ReadonlyMap<string, string>,
): BankTransactionData | undefined {
  const row = raw.transaction;
  const accountNumber = accountNumberOf(row.accountNumber) ?? (row.accountKey ? accountNumberByKey.get(row.accountKey) : undefined);
  if (!accountNumber) return undefined;
  const category = [...(raw.categories ?? [])].sort((a, b) => (b.confidence ?? 0) - (a.confidence ?? 0))[0];
  const categorised = category?.main && !UNCATEGORISED.has((category.mainI18n ?? category.main).toLowerCase());
  const rawDescription = clean(row.description) ?? clean(row.cleanedDescription) ?? "";
  return {
    accountKey: clean(row.accountKey),
    accountNumber,
    status: row.bookingStatus?.toUpperCase() === "PENDING" ? "PENDING" : "BOOKED",
    bookingDate: osloDate(row.date),
    interestDate: row.interestDate == null ? undefined : osloDate(row.interestDate),
    amount: toMinorUnits(row.amount),
    currencyCode: clean(row.currencyCode) ?? "NOK",
    currencyAmount: row.currencyAmount == null ? undefined : toMinorUnits(row.currencyAmount),
    rawDescription,
    description: clean(row.cleanedDescription) ?? rawDescription,
    nonUniqueId: clean(row.nonUniqueId),
    merchantName: clean(row.merchant?.name),
    typeCode: clean(row.typeCode),
    typeText: clean(row.typeText),
    remoteAccountNumber: clean(row.remoteAccountNumber),
    remoteAccountName: clean(row.remoteAccountName),
    kidOrMessage: clean(row.kidOrMessage),
    categoryMain: categorised ? clean(category.main) : undefined,
    categoryMainLabel: categorised ? clean(category.mainI18n) : undefined,
    categorySub: categorised ? clean(category.sub) : undefined,
    categorySubLabel: categorised ? clean(category.subI18n) : undefined,
  };
}

export function toBankProblems(raw: RawProblem[] | null | undefined): BankProblem[] {
  return (raw ?? []).map((problem) => ({
    code: clean(problem.code) ?? "UNKNOWN",
    message: clean(problem.message) ?? "The bank reported a problem with part of the data.",
  }));
}
