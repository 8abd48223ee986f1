import { formatAccountNumber } from "../data/account-numbers";
import { merchantDetails } from "../data/merchant-details";
import { daysBetween, osloMidnightMs } from "../data/oslo-date";
import type { SandboxTransaction } from "../data/types";

export const RECENT_DAYS = 90;

export function rowSource(row: SandboxTransaction, today: string): "RECENT" | "HISTORIC" {
  return row.status === "PENDING" || daysBetween(row.osloDate, today) < RECENT_DAYS ? "RECENT" : "HISTORIC";
}

/**
 * A row as the published TransactionDTO: `amount` in the account's currency (`accountCurrency`);
 * `currencyCode` + `currencyAmount` name a foreign purchase's own currency and amount, and domestic
 * rows carry the account currency in `currencyCode` and no `currencyAmount`.
 */
export function serializeTransaction(row: SandboxTransaction, id: string, today: string, options: { stringDates?: boolean; merchantLogo?: boolean } = {}): Record<string, unknown> {
  const foreign = row.foreignCurrencyCode !== undefined && row.currencyAmountMinor !== undefined;
  const json: Record<string, unknown> = {
    id,
    nonUniqueId: row.nonUniqueId,
    date: options.stringDates ? row.osloDate : osloMidnightMs(row.osloDate),
    interestDate: options.stringDates ? row.interestOsloDate : osloMidnightMs(row.interestOsloDate),
    amount: row.amountOre / 100,
    currencyCode: foreign ? row.foreignCurrencyCode : row.currencyCode,
    ...(foreign ? { currencyAmount: (row.currencyAmountMinor ?? 0) / 100 } : {}),
    accountCurrency: row.currencyCode,
    description: row.description,
    cleanedDescription: row.cleanedDescription,
    typeCode: row.typeCode,
    typeText: row.typeText,
    bookingStatus: row.status,
    source: rowSource(row, today),
    accountKey: row.accountKey,
    accountName: row.accountName,
    accountNumber: { value: row.accountNumber, formatted: formatAccountNumber(row.accountNumber), unformatted: row.accountNumber },
    remoteAccountNumber: row.remoteAccountNumber ?? null,
    remoteAccountName: row.remoteAccountName ?? null,
    kidOrMessage: row.kidOrMessage ?? null,
    mcc: row.mcc ?? null,
    ...(options.merchantLogo && row.merchantName ? { merchant: merchantDetails(row.merchantName, row.personId) } : {}),
    confidential: row.confidential,
    canShowDetails: true,
  };
  for (const field of row.absentFields) delete json[field];
  return json;
}

export function classify(row: SandboxTransaction, transaction: Record<string, unknown>): Record<string, unknown> {
  return {
    transaction,
    categories: [{ main: row.categoryMain, mainI18n: row.categoryMainI18n, sub: row.categorySub, subI18n: row.categorySubI18n, confidence: row.categoryConfidence }],
    recurring: row.recurring,
    subscription: row.subscription,
  };
}
