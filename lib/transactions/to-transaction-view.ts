import type { TransactionView } from "./transaction-view";

interface StoredRow {
  id: string;
  accountId: string;
  status: string;
  bookingDate: string;
  interestDate: string | null;
  amount: number;
  currencyCode: string;
  currencyAmount: number | null;
  description: string;
  merchantName: string | null;
  typeText: string | null;
  remoteAccountNumber: string | null;
  remoteAccountName: string | null;
  kidOrMessage: string | null;
  categoryMain: string | null;
  categoryMainLabel: string | null;
  categorySub: string | null;
  categorySubLabel: string | null;
  isOwnTransfer: boolean;
  account: { name: string; description: string | null };
}

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
    currencyAmount: row.currencyAmount,
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
