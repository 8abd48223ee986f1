import type { TransactionView } from "./transaction-view";

// A stored row has the view's fields, with the category in columns and the account joined.
type StoredRow = Omit<TransactionView, "accountName" | "category"> & {
  categoryMain: string | null;
  categoryMainLabel: string | null;
  categorySub: string | null;
  categorySubLabel: string | null;
  account: { name: string; description: string | null };
};

/** The one JSON shape of a transaction for the browser (API and server-rendered lists alike). */
export function toTransactionView(row: StoredRow): TransactionView {
  return {
    id: row.id,
    accountId: row.accountId,
    accountName: row.account.description ?? row.account.name,
    status: row.status,
    bookingDate: row.bookingDate,
    interestDate: row.interestDate,
    amount: row.amount,
    currencyCode: row.currencyCode,
    foreignCurrency: row.foreignCurrency,
    foreignAmount: row.foreignAmount,
    description: row.description,
    merchantName: row.merchantName,
    typeText: row.typeText,
    remoteAccountNumber: row.remoteAccountNumber,
    remoteAccountName: row.remoteAccountName,
    kidOrMessage: row.kidOrMessage,
    category: row.categoryMain
      ? { main: row.categoryMain, mainLabel: row.categoryMainLabel, sub: row.categorySub, subLabel: row.categorySubLabel }
      : null,
    isOwnTransfer: row.isOwnTransfer,
  };
}
