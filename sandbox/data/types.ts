export type AccountKind = "checking" | "savings" | "bsu" | "creditcard" | "currency" | "ask" | "joint";
export type BookingStatus = "PENDING" | "BOOKED";

export interface TestPerson {
  id: string;
  name: string;
  firstName: string;
  lastName: string;
  customerKey: string;
  ssnKey: string;
  age: number;
}

export interface AccountOwner {
  name: string;
  firstName: string;
  lastName: string;
  age: number;
  customerKey: string;
  ssnKey: string;
}

export interface SandboxAccount {
  key: string;
  personId: string;
  role: AccountRole;
  accountNumber: string;
  iban: string;
  name: string;
  description: string;
  kind: AccountKind;
  openingBalanceOre: number;
  balanceOre: number;
  availableBalanceOre: number;
  currencyCode: string;
  creditLimitOre?: number;
  creditCardAccountId?: string;
  productType: string;
  productId: string;
  descriptionCode: string;
  type: string;
  disposalRole: boolean;
  owner: AccountOwner;
  accountProperties: Record<string, boolean>;
}

/** Logical slot of an account in a person's life; the generator books against roles. */
export type AccountRole = "checking" | "savings" | "bsu" | "card" | "joint" | "eur" | "ask" | "shared";

export interface Category {
  main: string;
  mainI18n: string;
  sub: string;
  subI18n: string;
}

export interface SandboxTransaction {
  stableKey: string;
  personId: string;
  accountKey: string;
  accountNumber: string;
  accountName: string;
  osloDate: string;
  interestOsloDate: string;
  minuteOfDay: number;
  amountOre: number;
  /** The account's currency: `amount` is always in it. */
  currencyCode: string;
  /** Foreign rows only: the purchase's own currency and amount (minor unit, same sign as amountOre). */
  foreignCurrencyCode?: string;
  currencyAmountMinor?: number;
  description: string;
  cleanedDescription: string;
  status: BookingStatus;
  isCardPurchase: boolean;
  typeCode: string;
  typeText: string;
  categoryMain: string;
  categoryMainI18n: string;
  categorySub: string;
  categorySubI18n: string;
  categoryConfidence: number;
  recurring: boolean;
  subscription: boolean;
  nonUniqueId: string;
  remoteAccountNumber?: string;
  remoteAccountName?: string;
  kidOrMessage?: string;
  merchantName?: string;
  mcc?: string;
  confidential: boolean;
  /** Optional fields this row leaves out of its JSON (the spec requires only id, source, bookingStatus, canShowDetails). */
  absentFields: OptionalField[];
}

export type OptionalField = "cleanedDescription" | "typeText" | "remoteAccountName" | "kidOrMessage" | "interestDate" | "accountCurrency" | "currencyCode";

export interface Ledger {
  accounts: SandboxAccount[];
  transactions: SandboxTransaction[];
  /** Drift: the bank currently leaves the credit-card rows out and answers CREDIT_ACCOUNTS_FAILED. */
  creditAccountsFailing: boolean;
}
