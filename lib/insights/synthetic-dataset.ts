import { addDays } from "../dates/oslo-date";
import type { InsightAccount, InsightRow, InsightSnapshot } from "./types";

/** mulberry32: tiny seeded PRNG so tests and benchmarks see the same "random" data on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface SyntheticDatasetOptions {
  seed: number;
  rows: number;
  /** First and last day the rows may fall on. */
  from: string;
  to: string;
  accounts: number;
  snapshotsPerAccount: number;
}

export interface SyntheticDataset {
  rows: InsightRow[];
  accounts: InsightAccount[];
  snapshots: InsightSnapshot[];
}

const CATEGORIES: readonly (readonly [string | null, string | null, string | null, string | null])[] = [
  ["GROCERIES", "Dagligvarer", "SUPERMARKET", "Supermarked"],
  ["GROCERIES", "Dagligvarer", "KIOSK", "Kiosk"],
  ["GROCERIES", null, null, null],
  ["TRANSPORT", "Transport", "FUEL", "Drivstoff"],
  ["TRANSPORT", "Transport", "PUBLIC", "Kollektivtransport"],
  ["HOUSING", "Bolig", "RENT", "Husleie"],
  ["LEISURE", "Fritid", null, null],
  ["ÆRENDER", "Ærender", "POST", "Post"],
  [null, null, null, null],
  [null, null, "ODD", "Rar underkategori"],
];

const MERCHANTS: readonly (string | null)[] = [
  "REMA 1000",
  "Rema 1000",
  " rema  1000",
  "Kiwi",
  "KIWI",
  "Circle K",
  "Ruter",
  "Vinmonopolet",
  "Øyafestivalen",
  "",
  null,
];

const DESCRIPTIONS = ["Vipps*Ola Nordmann", "VIPPS*OLA NORDMANN", "Varekjøp", "Overføring"];

/** Accounts `a0…`, the last one in EUR when there are three or more, plus rows on an unknown account. */
export function syntheticDataset(options: SyntheticDatasetOptions): SyntheticDataset {
  const random = seededRandom(options.seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const span = Math.round((Date.parse(`${options.to}T00:00:00Z`) - Date.parse(`${options.from}T00:00:00Z`)) / 86_400_000) + 1;

  const accounts: InsightAccount[] = [];
  for (let i = 0; i < options.accounts; i++) {
    const currencyCode = options.accounts >= 3 && i === options.accounts - 1 ? "EUR" : "NOK";
    accounts.push({ id: `a${i}`, balance: Math.round((random() - 0.2) * 10_000_000), currencyCode });
  }
  const accountIds = [...accounts.map((a) => a.id), "unknown"];

  const rows: InsightRow[] = [];
  for (let i = 0; i < options.rows; i++) {
    const [categoryMain, categoryMainLabel, categorySub, categorySubLabel] = pick(CATEGORIES);
    const income = random() < 0.1;
    rows.push({
      id: `r${i}`,
      accountId: pick(accountIds),
      bookingDate: addDays(options.from, Math.floor(random() * span)),
      amount: income ? Math.round(random() * 5_000_000) : -Math.round(random() * random() * 500_000),
      status: random() < 0.05 ? "PENDING" : "BOOKED",
      categoryMain,
      categoryMainLabel,
      categorySub,
      categorySubLabel,
      merchantName: pick(MERCHANTS),
      description: pick(DESCRIPTIONS),
      isOwnTransfer: random() < 0.08,
    });
  }

  const snapshots: InsightSnapshot[] = [];
  for (const accountId of accountIds) {
    for (let i = 0; i < options.snapshotsPerAccount; i++) {
      snapshots.push({
        accountId,
        date: addDays(options.from, Math.floor(random() * span)),
        balance: Math.round((random() - 0.2) * 10_000_000),
      });
    }
  }
  return { rows, accounts, snapshots };
}
