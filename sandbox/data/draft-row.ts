import type { CategoryId } from "./categories";
import type { Merchant } from "./merchants";
import type { Rng } from "./prng";
import type { AccountRole } from "./types";

/** A row before it is bound to concrete accounts, ids and booking status. */
export interface DraftRow {
  role: AccountRole;
  amountOre: number;
  description: string;
  cleanedDescription: string;
  category: CategoryId;
  typeCode: string;
  typeText: string;
  isCardPurchase: boolean;
  minuteOfDay: number;
  merchantName?: string;
  mcc?: string;
  remoteRole?: AccountRole;
  remoteAccountNumber?: string;
  remoteAccountName?: string;
  kidOrMessage?: string;
  recurring: boolean;
  subscription: boolean;
  original?: { currencyCode: string; amountMinor: number };
}

export function purchaseMinute(rng: Rng): number {
  return rng.int(7 * 60, 21 * 60 + 45);
}

export function merchantAmountOre(rng: Rng, merchant: Merchant): number {
  if (merchant.pricesOre) return rng.pick(merchant.pricesOre);
  return rng.ore(merchant.minKroner, merchant.maxKroner, rng.chance(0.85));
}

export function cardPurchase(role: AccountRole, merchant: Merchant, amountOre: number, minuteOfDay: number, extra?: Partial<DraftRow>): DraftRow {
  return {
    role,
    amountOre: -Math.abs(amountOre),
    description: merchant.booked,
    cleanedDescription: merchant.name,
    category: merchant.category,
    typeCode: "VARE",
    typeText: "Varekjøp",
    isCardPurchase: true,
    minuteOfDay,
    merchantName: merchant.name,
    mcc: merchant.mcc,
    recurring: false,
    subscription: false,
    ...extra,
  };
}

/** Two rows: money leaves `from` and arrives on `to`, each pointing at the other. */
export function ownTransfer(from: AccountRole, to: AccountRole, amountOre: number, category: CategoryId, minuteOfDay: number, labels: { from: string; to: string }, recurring = true): DraftRow[] {
  const base = { category, typeCode: "OVFNETTB", typeText: "Overføring", isCardPurchase: false, minuteOfDay, recurring, subscription: false };
  return [
    { ...base, role: from, amountOre: -Math.abs(amountOre), description: `Overføring til ${labels.to}`, cleanedDescription: labels.to, remoteRole: to },
    { ...base, role: to, amountOre: Math.abs(amountOre), description: `Overføring fra ${labels.from}`, cleanedDescription: labels.from, remoteRole: from },
  ];
}
