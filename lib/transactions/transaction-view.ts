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
  /** The effective values: the owner's corrections, else the first matching rule, else the bank's. */
  category: TransactionCategory | null;
  isOwnTransfer: boolean;
  excluded: boolean;
  note: string | null;
  tags: string[];
  /** Parts with their own categories (empty when not split); they sum to `amount`. */
  splits: { amount: number; category: TransactionCategory | null }[];
  /** The bank's own values, kept as synced. */
  bank: { category: TransactionCategory | null; merchantName: string | null; isOwnTransfer: boolean };
  /** What the owner set by hand on this row (null: nothing). */
  corrected: { category: boolean; merchantName: boolean; isTransfer: boolean | null; excluded: boolean | null; tags: string[] } | null;
}

export interface TransactionCategory {
  main: string;
  mainLabel: string | null;
  sub: string | null;
  subLabel: string | null;
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

/** A transaction as a list shows it: the view with its date and amounts already formatted. */
export interface ListedTransaction extends TransactionView {
  labels: { date: string; amount: string; foreignAmount: string | null };
}
