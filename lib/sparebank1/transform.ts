import type { z } from "zod";
import { osloDate } from "../dates/oslo-date";
import type { BankAccountData, BankProblem, BankTokens, BankTransactionData, SkippedRow } from "../domain/types";
import { rawClassifiedTransaction, type RawAccount, type RawAnswerErrors, type RawTokenResponse } from "./raw-types";

type RawTransaction = NonNullable<z.infer<typeof rawClassifiedTransaction>["transaction"]>;

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
  const balance = raw.balance == null ? null : toMinorUnits(raw.balance);
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

function accountNumberOf(raw: RawTransaction["accountNumber"]): string | undefined {
  if (!raw) return undefined;
  if (typeof raw === "string") return clean(raw);
  return clean(raw.unformatted) ?? clean(raw.value) ?? clean(raw.formatted)?.replace(/\D/g, "");
}

const ALL_ZEROS = /^0+$/;

/** An ISO 4217 code, or nothing: a malformed one is as good as absent. */
function currencyOf(value: string | null | undefined): string | undefined {
  const code = clean(value)?.toUpperCase();
  return code && /^[A-Z]{3}$/.test(code) ? code : undefined;
}

function osloDay(raw: number | string): string {
  return typeof raw === "number" ? osloDate(raw) : raw.slice(0, 10);
}

/** What Saldo knows of an account when it reads a row: its number and currency. */
export interface AccountRef {
  accountNumber: string;
  currencyCode: string;
}

export type TransactionReading = { row: BankTransactionData } | { skipped: SkippedRow };

/**
 * One classified row (already read as JSON, not yet checked) to Saldo's shape, or the reason it
 * cannot be stored. `accounts` is keyed by the bank's account key, for rows that name no number.
 */
export function toBankTransaction(input: unknown, accounts: ReadonlyMap<string, AccountRef>): TransactionReading {
  const parsed = rawClassifiedTransaction.safeParse(input);
  if (!parsed.success) {
    return { skipped: { reason: `a field has an unexpected type (at ${parsed.error.issues[0]?.path.join(".") || "(root)"})` } };
  }
  const raw = parsed.data;
  const row = raw.transaction;
  if (!row) return { skipped: { reason: "the classified row has no transaction" } };
  const date = row.date == null ? undefined : osloDay(row.date);
  const amount = row.amount == null ? undefined : toMinorUnits(row.amount);
  const account = row.accountKey ? accounts.get(row.accountKey) : undefined;
  const accountNumber = accountNumberOf(row.accountNumber) ?? account?.accountNumber;
  // Which account an unreadable row belongs to, so the sync keeps that account's stored rows of its day.
  const named = { ...(accountNumber ? { accountNumber } : {}), ...(clean(row.accountKey) ? { accountKey: clean(row.accountKey) } : {}) };
  if (date === undefined) return { skipped: { reason: "the row has no date", amount, ...named } };
  if (amount === undefined) return { skipped: { reason: "the row has no amount", date, ...named } };
  if (!accountNumber) return { skipped: { reason: "the row names no account", date, amount } };
  const category = [...(raw.categories ?? [])].sort((a, b) => (b.confidence ?? 0) - (a.confidence ?? 0))[0];
  const categorised = category?.main && !UNCATEGORISED.has((category.mainI18n ?? category.main).toLowerCase());
  const rawDescription = clean(row.description) ?? clean(row.cleanedDescription) ?? "";
  const currencyCode = currencyOf(row.accountCurrency) ?? account?.currencyCode ?? "NOK";
  // `amount` is always in the account's money; currencyCode + currencyAmount name the purchase's own.
  const purchaseCurrency = currencyOf(row.currencyCode);
  const foreign = purchaseCurrency && purchaseCurrency !== currencyCode && row.currencyAmount != null;
  const nonUniqueId = clean(row.nonUniqueId);
  return {
    row: {
      accountKey: clean(row.accountKey),
      accountNumber,
      status: row.bookingStatus?.toUpperCase() === "PENDING" ? "PENDING" : "BOOKED",
      bookingDate: date,
      interestDate: row.interestDate == null ? undefined : osloDay(row.interestDate),
      amount,
      currencyCode,
      ...(foreign ? { foreignCurrency: purchaseCurrency, foreignAmount: toMinorUnits(row.currencyAmount!) } : {}),
      rawDescription,
      description: clean(row.cleanedDescription) ?? rawDescription,
      nonUniqueId: nonUniqueId && !ALL_ZEROS.test(nonUniqueId) ? nonUniqueId : undefined,
      // Merchant data comes only when asked for (enrichWithMerchantLogo); the cleaned text names the payee otherwise.
      merchantName: clean(row.merchant?.name) ?? clean(row.cleanedDescription),
      typeCode: clean(row.typeCode),
      typeText: clean(row.typeText),
      remoteAccountNumber: clean(row.remoteAccountNumber),
      remoteAccountName: clean(row.remoteAccountName),
      kidOrMessage: clean(row.kidOrMessage),
      categoryMain: categorised ? clean(category.main) : undefined,
      categoryMainLabel: categorised ? clean(category.mainI18n) : undefined,
      categorySub: categorised ? clean(category.sub) : undefined,
      categorySubLabel: categorised ? clean(category.subI18n) : undefined,
      recurring: raw.recurring === true,
      subscription: raw.subscription === true,
    },
  };
}

const PROBLEM_TEXT: Record<string, string> = {
  CREDIT_ACCOUNTS_FAILED: "The bank could not fetch the credit card accounts this time.",
  RECENT_TRANSACTIONS_FAILED: "The bank could not fetch the most recent transactions this time.",
};

/** The `errors` of a 200 answer, in the spec's plain strings or as objects. */
export function toBankProblems(raw: RawAnswerErrors): BankProblem[] {
  return (raw ?? []).map((problem) => {
    const code = (typeof problem === "string" ? clean(problem) : clean(problem.code)) ?? "UNKNOWN";
    const message = (typeof problem === "string" ? undefined : clean(problem.message)) ?? PROBLEM_TEXT[code] ?? "The bank reported a problem with part of the data.";
    return { code, message };
  });
}
