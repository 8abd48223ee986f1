import { formatAccountNumber } from "../data/account-numbers";
import { daysBetween, osloMidnightMs } from "../data/oslo-date";
import type { SandboxTransaction } from "../data/types";

export const RECENT_DAYS = 90;

export function rowSource(row: SandboxTransaction, today: string): "RECENT" | "HISTORIC" {
  return row.status === "PENDING" || daysBetween(row.osloDate, today) < RECENT_DAYS ? "RECENT" : "HISTORIC";
}

export function serializeTransaction(row: SandboxTransaction, id: string, today: string, options: { stringDates?: boolean; merchantLogo?: boolean } = {}): Record<string, unknown> {
  const date = options.stringDates ? row.osloDate : osloMidnightMs(row.osloDate);
  const interestDate = options.stringDates ? row.interestOsloDate : osloMidnightMs(row.interestOsloDate);
  const amount = row.amountOre / 100;
  return {
    id,
    nonUniqueId: row.nonUniqueId,
    description: row.description,
    cleanedDescription: row.cleanedDescription,
    accountNumber: { value: row.accountNumber, formatted: formatAccountNumber(row.accountNumber), unformatted: row.accountNumber },
    amount,
    date,
    interestDate,
    typeCode: row.typeCode,
    typeText: row.typeText,
    currencyCode: row.currencyCode,
    currencyAmount: row.currencyAmountMinor !== undefined ? row.currencyAmountMinor / 100 : amount,
    ...(row.originalCurrencyCode ? { currencyRate: Math.round(((row.currencyAmountMinor ?? 0) / row.amountOre) * 10000) / 10000, originalCurrencyCode: row.originalCurrencyCode } : {}),
    canShowDetails: true,
    source: rowSource(row, today),
    [row.confidentialFieldName]: row.confidential,
    accountName: row.accountName,
    accountKey: row.accountKey,
    bookingStatus: row.status,
    remoteAccountNumber: row.remoteAccountNumber ?? null,
    remoteAccountName: row.remoteAccountName ?? null,
    kidOrMessage: row.kidOrMessage ?? null,
    mcc: row.mcc ?? null,
    ...(row.merchantName
      ? { merchant: { name: row.merchantName, categoryCode: row.mcc ?? null, ...(options.merchantLogo ? { logoUrl: `https://logo.sandbox.invalid/${encodeURIComponent(row.merchantName.toLowerCase())}.png` } : {}) } }
      : {}),
  };
}

export function classify(row: SandboxTransaction, transaction: Record<string, unknown>): Record<string, unknown> {
  return {
    transaction,
    categories: [{ main: row.categoryMain, mainI18n: row.categoryMainI18n, sub: row.categorySub, subI18n: row.categorySubI18n, confidence: row.categoryConfidence }],
    recurring: row.recurring,
    subscription: row.subscription,
  };
}
