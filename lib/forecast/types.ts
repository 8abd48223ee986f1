import type { RecurringRow, RecurringSeries, ReservedCharge } from "../recurring/types";
import type { DailyNet } from "./daily-net";

export interface ForecastAccount {
  id: string;
  /** Current (booked) balance in øre. */
  balance: number;
  /**
   * The account's pending rows summed, in øre (negative: card payments and other money the bank has
   * reserved but not yet booked). The forecast starts from the balance after them; default 0.
   */
  pending?: number;
  currencyCode: string;
  /** How far below zero the account may go, in øre (a credit card's limit); 0 when none. */
  creditLimit: number;
}

export interface ForecastInput {
  /** Each account's net per day up to and including `today`, own transfers left out (see dailyNetOf). */
  dailyNet: readonly DailyNet[];
  /** The rows the series were detected in (more may be given): their occurrences are taken out of the variable part. */
  rows: readonly RecurringRow[];
  /** Detected series, own transfers included, the owner's dismissed ones left out. */
  series: readonly RecurringSeries[];
  accounts: readonly ForecastAccount[];
  today: string;
  /** Days ahead; default 30. */
  days?: number;
  /** Days of history the variable spending is learned from; default 91 (13 of each weekday). */
  lookbackDays?: number;
  /** Only accounts in this currency make the total; default NOK. */
  currency?: string;
  /**
   * The first day of the pending rows in the accounts' `pending`: from then on, a pending row in
   * `rows` that no series holds may be a series' due charge under other text (see pendingClaims).
   * Without it, no row is taken for one.
   */
  pendingFrom?: string;
}

export interface ForecastPoint {
  date: string;
  balance: number;
  low: number;
  high: number;
}

export interface ExpectedEvent {
  date: string;
  seriesKey: string;
  name: string;
  accountId: string;
  /** Signed øre. */
  amount: number;
}

export interface LowestPoint {
  date: string;
  balance: number;
}

export interface AccountForecast {
  accountId: string;
  points: ForecastPoint[];
  lowest: LowestPoint;
  /** The lowest balance allowed: 0, or minus the credit line. */
  floor: number;
  /** The forecast goes below zero, or below the credit line, before the next income. */
  belowLimit: boolean;
}

export interface Forecast {
  today: string;
  currency: string;
  /** Today's total first, then one point per day ahead. */
  total: ForecastPoint[];
  accounts: AccountForecast[];
  events: ExpectedEvent[];
  /** The series' charges the bank has reserved under other text: each is in the balance after pending, so not among `events`. */
  reserved: ReservedCharge[];
  /** The next expected income (the largest incoming series' next date within the window), if any. */
  nextIncomeDate: string | null;
  /** Lowest total on or before the next income (or the window's end). */
  lowestBeforeIncome: LowestPoint;
  belowZeroBeforeIncome: boolean;
}
