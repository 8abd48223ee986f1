import type { TransactionView } from "../lib/transactions/transaction-view";

/** A plain booked NOK row as the API shows it, with whatever a test sets on top. */
export function transactionView(overrides: Partial<TransactionView> = {}): TransactionView {
  return {
    id: "t1",
    accountId: "a1",
    accountName: "Brukskonto",
    status: "BOOKED",
    bookingDate: "2026-11-03",
    interestDate: null,
    amount: 0,
    currencyCode: "NOK",
    foreignCurrency: null,
    foreignAmount: null,
    description: "",
    merchantName: null,
    typeText: null,
    remoteAccountNumber: null,
    remoteAccountName: null,
    kidOrMessage: null,
    category: null,
    isOwnTransfer: false,
    excluded: false,
    note: null,
    tags: [],
    splits: [],
    bank: { category: null, merchantName: null, isOwnTransfer: false },
    corrected: null,
    ...overrides,
  };
}
