// Saldo's own shapes: what the bank adapter (lib/sparebank1) produces and the rest of the app uses.

export interface BankTokens {
  accessToken: string;
  refreshToken: string;
  accessExpiresAt: Date;
  refreshIdleExpiresAt?: Date;
  refreshAbsoluteExpiresAt?: Date;
}

export interface BankAccountData {
  bankKey: string;
  accountNumber: string;
  iban?: string;
  name: string;
  description?: string;
  type: "CHECKING" | "SAVINGS" | "BSU" | "CREDITCARD" | "CURRENCY" | "ASK" | "PENSION";
  productType?: string;
  currencyCode: string;
  /** Integer øre (or the currency's minor unit); null when the bank's answer left it out (the spec allows it). */
  balance: number | null;
  availableBalance: number | null;
  creditLimit?: number;
  isSavings: boolean;
  isHidden: boolean;
  ownerName?: string;
}

export interface BankTransactionData {
  accountKey?: string;
  accountNumber: string;
  status: "PENDING" | "BOOKED";
  /** Europe/Oslo calendar day, yyyy-MM-dd. */
  bookingDate: string;
  interestDate?: string;
  /** Minor units of the account's currency (`currencyCode`). */
  amount: number;
  currencyCode: string;
  /** A foreign purchase: its own currency and amount (minor units), when they differ from the account's. */
  foreignCurrency?: string;
  foreignAmount?: number;
  /** The bank's raw text: the identity of last resort (see lib/sync/match-rows.ts). */
  rawDescription: string;
  /** The best display text: the bank's cleaned description when it has one. */
  description: string;
  /** Only when the bank sent one that is not all zeros. */
  nonUniqueId?: string;
  merchantName?: string;
  typeCode?: string;
  typeText?: string;
  remoteAccountNumber?: string;
  remoteAccountName?: string;
  kidOrMessage?: string;
  categoryMain?: string;
  categoryMainLabel?: string;
  categorySub?: string;
  categorySubLabel?: string;
  recurring: boolean;
  subscription: boolean;
}

/** A part of the bank's answer that was missing or failed (an "errors" entry, or rows Saldo could not read). */
export interface BankProblem {
  code: string;
  message: string;
}

/** What identifies a stored row of one account, for pairing it with the bank's next answer. */
export interface StoredRowIdentity {
  id: string;
  status: "PENDING" | "BOOKED";
  bookingDate: string;
  amount: number;
  nonUniqueId: string | null;
  rawDescription: string;
}

/** An answered row Saldo could not store, with why; the rest of the answer is kept. */
export interface SkippedRow {
  reason: string;
  date?: string;
  amount?: number;
  /** The account the row names, where that much of it could be read. */
  accountNumber?: string;
  accountKey?: string;
}

export interface AccountsResult {
  accounts: BankAccountData[];
  problems: BankProblem[];
}

export interface TransactionsResult {
  transactions: BankTransactionData[];
  problems: BankProblem[];
  skipped: SkippedRow[];
  /** The answer held `rowLimit` rows: it may have been cut off. */
  capped: boolean;
}

export interface BankIdentity {
  subject: string;
  name?: string;
}
