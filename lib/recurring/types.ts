/** One stored transaction, reduced to what series detection and the forecast need. */
export interface RecurringRow {
  id: string;
  accountId: string;
  /** Europe/Oslo day "yyyy-MM-dd". */
  bookingDate: string;
  /** Integer øre, negative = money out. */
  amount: number;
  status: "PENDING" | "BOOKED";
  description: string;
  merchantName: string | null;
  remoteAccountNumber: string | null;
  remoteAccountName: string | null;
  categoryMain: string | null;
  isOwnTransfer: boolean;
  /** The bank's own classification. */
  recurring: boolean;
  subscription: boolean;
}

export type Cadence = "weekly" | "biweekly" | "monthly" | "quarterly" | "yearly";
export type SeriesGroup = "subscription" | "bill" | "income";
export type SeriesDirection = "in" | "out";

export interface SeriesOccurrence {
  id: string;
  date: string;
  /** Magnitude in øre. */
  amount: number;
}

/** The amount from `from` on, until the next entry. */
export interface PricePoint {
  from: string;
  amount: number;
}

export interface PriceRise {
  date: string;
  oldAmount: number;
  newAmount: number;
  /** What the rise costs (or brings) over a year at this cadence, in øre. */
  perYear: number;
}

export interface RecurringSeries {
  /** Stable across re-detection and text drift: account, direction and payee identity. */
  key: string;
  accountId: string;
  direction: SeriesDirection;
  name: string;
  group: SeriesGroup;
  cadence: Cadence;
  /** The latest amount (magnitude, øre); for a variable series, the median of the recent ones. */
  amount: number;
  variableAmount: boolean;
  firstDate: string;
  lastDate: string;
  nextDate: string;
  monthlyCost: number;
  yearlyCost: number;
  occurrences: SeriesOccurrence[];
  priceHistory: PricePoint[];
  priceRises: PriceRise[];
  /** The latest rise when it happened within the last year. */
  priceRise: PriceRise | null;
  isNew: boolean;
  missed: boolean;
  ended: boolean;
  /** Between the owner's own accounts: kept for the forecast, never listed. */
  ownTransfer: boolean;
  /** The next charge, when the bank has reserved it under other text (see settleReservedCharges). */
  reserved?: ReservedCharge;
}

/** A pending row taken for a series' due charge (see pendingClaims). */
export interface ReservedCharge {
  seriesKey: string;
  rowId: string;
  date: string;
  /** Magnitude, øre. */
  amount: number;
}

export type SeriesChoiceStatus = "CONFIRMED" | "DISMISSED";

export interface SeriesChoice {
  seriesKey: string;
  status: SeriesChoiceStatus | null;
  name: string | null;
}

export interface ChosenSeries extends RecurringSeries {
  confirmed: boolean;
  dismissed: boolean;
  /** The detected name, when the owner renamed the series. */
  detectedName: string;
}
