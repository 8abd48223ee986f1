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
  /** Integer øre (or the currency's minor unit). */
  balance: number;
  availableBalance: number;
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
  amount: number;
  currencyCode: string;
  currencyAmount?: number;
  /** The bank's raw text (part of the dedup fingerprint). */
  rawDescription: string;
  /** The best display text: the bank's cleaned description when it has one. */
  description: string;
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
}

export interface BankProblem {
  code: string;
  message: string;
}

export interface AccountsResult {
  accounts: BankAccountData[];
  problems: BankProblem[];
}

export interface TransactionsResult {
  transactions: BankTransactionData[];
  problems: BankProblem[];
}

export interface BankIdentity {
  subject: string;
  name?: string;
}
