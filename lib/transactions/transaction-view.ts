/** A transaction as the UI shows it (the JSON of /api/transactions). */
export interface TransactionView {
  id: string;
  accountId: string;
  accountName: string;
  status: string;
  bookingDate: string;
  interestDate: string | null;
  amount: number;
  /** The account's currency, which `amount` is in. */
  currencyCode: string;
  /** A foreign purchase's own currency and amount, shown beside the amount. */
  foreignCurrency: string | null;
  foreignAmount: number | null;
  description: string;
  merchantName: string | null;
  typeText: string | null;
  remoteAccountNumber: string | null;
  remoteAccountName: string | null;
  kidOrMessage: string | null;
  category: { main: string; mainLabel: string | null; sub: string | null; subLabel: string | null } | null;
  isOwnTransfer: boolean;
}

export interface TransactionListText {
  pending: string;
  booked: string;
  category: string;
  merchant: string;
  bookingDate: string;
  interestDate: string;
  remoteAccount: string;
  message: string;
  type: string;
  account: string;
  status: string;
  ownTransfer: string;
  uncategorised: string;
  details: string;
}
