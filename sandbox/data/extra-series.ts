import { cardPurchase, type DraftRow } from "./draft-row";
import type { Merchant } from "./merchants";
import { parseIsoDate, weekdayOf } from "./oslo-date";

/** A fixed-price series the generator books on top of the everyday life: the recurring plan's extras. */
export interface ExtraSeries {
  payee: string;
  booked: string;
  cadence: "weekly" | "quarterly" | "yearly" | "monthly";
  /** weekly: weekday (0 = Sunday); monthly/quarterly/yearly: day of month. */
  day: number;
  /** quarterly/yearly: the months it is paid in (1–12). */
  months?: number[];
  amountOre: number;
  from: string;
  /** Last day it may be charged: a cancelled subscription. */
  until?: string;
  kind: "card" | "giro";
  remoteAccountNumber?: string;
  category: DraftRow["category"];
  subscription: boolean;
}

const DAY_ONE = "2000-01-01";

export const EXTRA_SERIES: Record<string, ExtraSeries[]> = {
  kari: [
    { payee: "Viaplay", booked: "VIAPLAY NORGE", cadence: "monthly", day: 7, amountOre: 14_900, from: DAY_ONE, until: "2024-03-31", kind: "card", category: "streaming", subscription: true },
    { payee: "DNT", booked: "DEN NORSKE TURISTFORENING", cadence: "yearly", day: 15, months: [2], amountOre: 79_500, from: DAY_ONE, kind: "giro", remoteAccountNumber: "50840512377", category: "fitness", subscription: true },
    { payee: "Norsk Tipping", booked: "NORSK TIPPING AS", cadence: "weekly", day: 6, amountOre: 6_000, from: "2023-06-01", kind: "card", category: "other", subscription: true },
    { payee: "Tekna", booked: "TEKNA KONTINGENT", cadence: "quarterly", day: 5, months: [1, 4, 7, 10], amountOre: 1_290_00, from: DAY_ONE, kind: "giro", remoteAccountNumber: "81010233456", category: "other", subscription: false },
  ],
  ola: [
    { payee: "Viaplay", booked: "VIAPLAY NORGE", cadence: "monthly", day: 19, amountOre: 9_900, from: DAY_ONE, until: "2023-08-31", kind: "card", category: "streaming", subscription: true },
    { payee: "NAF", booked: "NAF MEDLEMSKAP", cadence: "yearly", day: 20, months: [4], amountOre: 1_190_00, from: DAY_ONE, kind: "giro", remoteAccountNumber: "70580644321", category: "other", subscription: true },
    { payee: "Norsk Tipping", booked: "NORSK TIPPING AS", cadence: "weekly", day: 3, amountOre: 4_000, from: "2022-03-01", kind: "card", category: "other", subscription: true },
    { payee: "Trondheim Parkering", booked: "TRONDHEIM PARKERING BEBOERKORT", cadence: "quarterly", day: 28, months: [2, 5, 8, 11], amountOre: 1_050_00, from: DAY_ONE, kind: "giro", remoteAccountNumber: "86010577882", category: "fuel", subscription: false },
  ],
};

function chargedOn(series: ExtraSeries, iso: string): boolean {
  if (iso < series.from || (series.until && iso > series.until)) return false;
  const parts = parseIsoDate(iso);
  if (!parts) return false;
  if (series.cadence === "weekly") return weekdayOf(iso) === series.day;
  if (parts.day !== series.day) return false;
  return series.cadence === "monthly" || (series.months ?? []).includes(parts.month);
}

function draftFor(series: ExtraSeries): DraftRow {
  if (series.kind === "card") {
    const merchant: Merchant = { booked: series.booked, name: series.payee, category: series.category, mcc: "5999", minKroner: 0, maxKroner: 0 };
    return cardPurchase("checking", merchant, series.amountOre, 250, { recurring: true, subscription: series.subscription });
  }
  return {
    role: "checking", amountOre: -series.amountOre, description: series.booked, cleanedDescription: series.payee, category: series.category,
    typeCode: "EFAKTURA", typeText: "eFaktura", isCardPurchase: false, minuteOfDay: 362,
    ...(series.remoteAccountNumber ? { remoteAccountNumber: series.remoteAccountNumber } : {}),
    remoteAccountName: series.payee, recurring: true, subscription: series.subscription,
  };
}

/** The extras charged on one day; fixed amounts, so they use no randomness and leave the other rows as they were. */
export function extraSeriesRows(personId: string, iso: string): DraftRow[] {
  return (EXTRA_SERIES[personId] ?? []).filter((series) => chargedOn(series, iso)).map(draftFor);
}
