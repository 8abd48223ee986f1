import { cardPurchase, merchantAmountOre, purchaseMinute, type DraftRow } from "./draft-row";
import { EURO_MERCHANTS } from "./merchants";
import { parseIsoDate } from "./oslo-date";
import { createRng } from "./prng";

interface CoOwner {
  name: string;
  accountNumber: string;
  monthlyOre: number;
  message: string;
}

export const CO_OWNERS: Record<string, CoOwner> = {
  kari: { name: "Marte Nordmann", accountNumber: "12040633179", monthlyOre: 1_500_00, message: "Hytta" },
  ola: { name: "Silje Hansen", accountNumber: "36240988415", monthlyOre: 2_000_00, message: "Ferie" },
};

function deposit(from: string, accountNumber: string, amountOre: number, message: string): DraftRow {
  return {
    role: "shared", amountOre, description: `Overføring fra ${from.toUpperCase()}`, cleanedDescription: from, category: "savings",
    typeCode: "OVFNETTB", typeText: "Overføring", isCardPurchase: false, minuteOfDay: 480, remoteAccountNumber: accountNumber,
    remoteAccountName: from, kidOrMessage: message, recurring: true, subscription: false,
  };
}

/**
 * The later account's rows for one day. Its own random stream and no transfers with the person's
 * other accounts, so showing it changes no other account's rows or balances.
 */
export function laterAccountActivity(seed: number, personId: string, iso: string): DraftRow[] {
  const coOwner = CO_OWNERS[personId];
  const parts = parseIsoDate(iso);
  if (!coOwner || !parts) return [];
  const rng = createRng(seed, personId, iso, "later-account");
  const rows: DraftRow[] = [];
  if (parts.day === 5) rows.push(deposit(coOwner.name, coOwner.accountNumber, coOwner.monthlyOre, coOwner.message));
  if (parts.month === 7 && parts.day <= 21 && rng.chance(0.45)) {
    const merchant = rng.pick(EURO_MERCHANTS);
    const euroCents = merchantAmountOre(rng, merchant);
    const nokOre = Math.round(euroCents * (11.3 + rng.next() * 0.7));
    rows.push(cardPurchase("shared", merchant, nokOre, purchaseMinute(rng), { original: { currencyCode: "EUR", amountMinor: -euroCents } }));
  }
  if (parts.month === 12 && parts.day === 31) {
    rows.push({
      role: "shared", amountOre: rng.ore(150, 900), description: "KREDITRENTER", cleanedDescription: "Renter", category: "interest", typeCode: "RENTER",
      typeText: "Renter", isCardPurchase: false, minuteOfDay: 1, recurring: true, subscription: false,
    });
  }
  return rows.sort((a, b) => a.minuteOfDay - b.minuteOfDay);
}
