import { extraSeriesRows } from "./extra-series";
import { cardPurchase, merchantAmountOre, ownTransfer, purchaseMinute, type DraftRow } from "./draft-row";
import { LIFE_PROFILES, type LifeProfile } from "./life-profiles";
import {
  ATB_MONTHLY, CAFES, CANTEENS, SMALL_SPENDS, EURO_MERCHANTS, FLIGHTS, FRIENDS, GROCERS, HEALTH, HOTELS, RESTAURANTS, RUTER_MONTHLY, SHOPPING, SUBSCRIPTIONS, TRANSPORT_ONE_OFF,
  type Merchant, type Subscription,
} from "./merchants";
import { daysInMonth, isoDate, parseIsoDate, weekdayOf } from "./oslo-date";
import { createRng, type Rng } from "./prng";

/** Salary is paid on the 25th, or the last workday before it. */
export function salaryDay(year: number, month: number): number {
  const weekday = weekdayOf(isoDate(year, month, 25));
  if (weekday === 6) return 24;
  if (weekday === 0) return 23;
  return 25;
}

/** Card bills fall due on the 20th, or the next workday. */
export function cardBillDay(year: number, month: number): number {
  const weekday = weekdayOf(isoDate(year, month, 20));
  if (weekday === 6) return 22;
  if (weekday === 0) return 21;
  return 20;
}

function salaryOre(profile: LifeProfile, year: number): number {
  const raised = profile.salary2020Ore * Math.pow(1.02, year - 2020);
  return Math.round(raised / 10_000) * 10_000;
}

function subscriptionPrice(subscription: Subscription, year: number): number {
  let price = 0;
  for (const [fromYear, ore] of Object.entries(subscription.priceOreByYear)) if (Number(fromYear) <= year) price = ore;
  return price || Object.values(subscription.priceOreByYear)[0] || 0;
}

function electricityOre(rng: Rng, month: number): number {
  if (month <= 3 || month >= 11) return rng.ore(1400, 2800);
  if (month >= 5 && month <= 8) return rng.ore(350, 800);
  return rng.ore(700, 1400);
}

function travelChance(month: number): number {
  if (month >= 6 && month <= 8) return 0.05;
  if (month === 12) return 0.04;
  return 0.015;
}

function payment(role: "checking" | "joint", description: string, name: string, amountOre: number, category: DraftRow["category"], remoteAccountNumber: string, minuteOfDay: number, kid?: string): DraftRow {
  return {
    role, amountOre: -Math.abs(amountOre), description, cleanedDescription: name, category,
    typeCode: kid ? "AVTALEGIRO" : "EFAKTURA", typeText: kid ? "AvtaleGiro" : "eFaktura",
    isCardPurchase: false, minuteOfDay, remoteAccountNumber, remoteAccountName: name, recurring: true, subscription: false,
    ...(kid ? { kidOrMessage: kid } : {}),
  };
}

function monthlyRows(rng: Rng, personId: string, profile: LifeProfile, year: number, month: number, day: number): DraftRow[] {
  const rows: DraftRow[] = [];
  if (day === salaryDay(year, month)) {
    rows.push({
      role: "checking", amountOre: salaryOre(profile, year), description: `LØNN FRA ${profile.employer}`, cleanedDescription: profile.employer,
      category: "salary", typeCode: "LØNN", typeText: "Lønn", isCardPurchase: false, minuteOfDay: 330,
      remoteAccountNumber: profile.employerAccount, remoteAccountName: profile.employer, recurring: true, subscription: false,
    });
    const savings = profile.savingsMonthlyOre + Math.round((salaryOre(profile, year) - profile.salary2020Ore) / 2 / 100_00) * 100_00;
    rows.push(...ownTransfer("checking", "savings", savings, "savings", 420, { from: "Brukskonto", to: personId === "ola" ? "Høyrente" : "Sparekonto" }));
    rows.push(...ownTransfer("checking", "bsu", profile.bsuMonthlyOre, "bsu", 421, { from: "Brukskonto", to: "BSU" }));
    if (profile.jointMonthlyOre) rows.push(...ownTransfer("checking", "joint", profile.jointMonthlyOre, "ownTransfer", 422, { from: "Brukskonto", to: "Felleskonto" }));
    if (profile.askMonthlyOre) rows.push(...ownTransfer("checking", "ask", profile.askMonthlyOre, "stocks", 423, { from: "Brukskonto", to: "Aksjesparekonto" }));
    if (profile.partnerName && profile.partnerAccount) {
      rows.push({
        role: "joint", amountOre: 3_000_00, description: `Overføring fra ${profile.partnerName.toUpperCase()}`, cleanedDescription: profile.partnerName,
        category: "ownTransfer", typeCode: "OVFNETTB", typeText: "Overføring", isCardPurchase: false, minuteOfDay: 600,
        remoteAccountNumber: profile.partnerAccount, remoteAccountName: profile.partnerName, kidOrMessage: "Felles", recurring: true, subscription: false,
      });
    }
  }
  for (const fixed of profile.fixedPayments) {
    if (fixed.dayOfMonth !== day) continue;
    const kid = fixed.kid ? String(100_000_000 + rng.int(0, 899_999_999)) : undefined;
    rows.push(payment(fixed.role, fixed.description, fixed.name, fixed.amountOre, fixed.category, fixed.remoteAccountNumber, 360, kid));
  }
  if (day === 10) {
    const role = profile.jointMonthlyOre ? "joint" : "checking";
    rows.push(payment(role, "TIBBER NORGE AS", "Tibber", electricityOre(rng, month), "electricity", "15060412399", 365));
  }
  for (const subscription of SUBSCRIPTIONS[personId] ?? []) {
    if (Math.min(subscription.dayOfMonth, daysInMonth(year, month)) !== day) continue;
    const amount = subscriptionPrice(subscription, year);
    rows.push(cardPurchase(subscription.onCard ? "card" : "checking", subscription.merchant, amount, rng.int(180, 400), { recurring: true, subscription: true }));
  }
  if (day === 1) {
    const pass: Merchant = profile.monthlyTransit === "ruter" ? RUTER_MONTHLY : ATB_MONTHLY;
    rows.push(cardPurchase("checking", pass, merchantAmountOre(rng, pass), rng.int(420, 540), { recurring: true, subscription: true }));
  }
  if (month === 12 && day === 31) {
    const interest = (role: "savings" | "bsu", amountOre: number): DraftRow => ({
      role, amountOre, description: "KREDITRENTER", cleanedDescription: "Renter", category: "interest", typeCode: "RENTER", typeText: "Renter",
      isCardPurchase: false, minuteOfDay: 1, recurring: true, subscription: false,
    });
    rows.push(interest("savings", rng.ore(900, 4200)), interest("bsu", rng.ore(2200, 5600)));
  }
  return rows;
}

function everydayRows(rng: Rng, personId: string, profile: LifeProfile, month: number, weekday: number): DraftRow[] {
  const rows: DraftRow[] = [];
  const workday = weekday >= 1 && weekday <= 5;
  const grocers = GROCERS[personId] ?? [];
  const groceryChance = weekday === 6 ? 0.75 : weekday === 0 ? 0.2 : 0.55;
  if (rng.chance(groceryChance)) {
    const merchant = rng.pick(weekday === 0 ? grocers.filter((g) => g.name === "Bunnpris") : grocers);
    const onCard = rng.chance(0.2);
    rows.push(cardPurchase(onCard ? "card" : "checking", merchant, merchantAmountOre(rng, merchant), purchaseMinute(rng)));
    if (rng.chance(0.2)) rows.push(cardPurchase("checking", merchant, rng.ore(19, 120), purchaseMinute(rng)));
  }
  if (profile.jointMonthlyOre && (weekday === 3 || weekday === 6) && rng.chance(0.85)) {
    const merchant = rng.pick(grocers);
    rows.push(cardPurchase("joint", merchant, merchantAmountOre(rng, merchant), purchaseMinute(rng)));
  }
  if (rng.chance(workday ? 0.35 : 0.2)) {
    const cafe = rng.pick(CAFES);
    const minute = rng.int(7 * 60 + 30, 16 * 60);
    const coffee = cardPurchase("checking", cafe, merchantAmountOre(rng, cafe), minute);
    rows.push(coffee);
    // Two identical coffees, same shop, same minute: real banks show both rows with nothing to tell them apart.
    if (rng.chance(0.1)) rows.push({ ...coffee });
  }
  if (workday && rng.chance(0.45)) {
    const canteen = CANTEENS[personId];
    if (canteen) rows.push(cardPurchase("checking", canteen, merchantAmountOre(rng, canteen), rng.int(11 * 60, 12 * 60 + 30)));
  }
  if (rng.chance(0.3)) {
    const small = rng.pick(SMALL_SPENDS);
    if (small.category !== "alcohol" || weekday === 5 || weekday === 6) rows.push(cardPurchase("checking", small, merchantAmountOre(rng, small), purchaseMinute(rng)));
  }
  if (rng.chance(weekday === 5 || weekday === 6 ? 0.4 : 0.1)) {
    const restaurant = rng.pick(RESTAURANTS);
    rows.push(cardPurchase(rng.chance(0.6) ? "card" : "checking", restaurant, merchantAmountOre(rng, restaurant), rng.int(17 * 60, 22 * 60)));
  }
  if (rng.chance(0.12)) {
    const ride = rng.pick(TRANSPORT_ONE_OFF);
    rows.push(cardPurchase("checking", ride, merchantAmountOre(rng, ride), purchaseMinute(rng)));
  }
  if (rng.chance(0.07)) {
    const shop = rng.pick(SHOPPING);
    rows.push(cardPurchase(rng.chance(0.5) ? "card" : "checking", shop, merchantAmountOre(rng, shop), purchaseMinute(rng)));
  }
  if (rng.chance(0.04)) {
    const health = rng.pick(HEALTH);
    rows.push(cardPurchase("checking", health, merchantAmountOre(rng, health), rng.int(8 * 60, 17 * 60)));
  }
  if (rng.chance(0.18)) {
    const friend = rng.pick(FRIENDS);
    rows.push({
      role: "checking", amountOre: -rng.ore(50, 600, false), description: `Vipps*${friend}`, cleanedDescription: friend, category: "vipps",
      typeCode: "VIPPS", typeText: "Vipps", isCardPurchase: false, minuteOfDay: purchaseMinute(rng), remoteAccountName: friend,
      kidOrMessage: rng.pick(["Middag", "Kino", "Gave", "Taxi", "Konsert", "🍕"]), recurring: false, subscription: false,
    });
  }
  if (rng.chance(0.06)) {
    const friend = rng.pick(FRIENDS);
    rows.push({
      role: "checking", amountOre: rng.ore(50, 500, false), description: `Vipps fra ${friend}`, cleanedDescription: friend, category: "vipps",
      typeCode: "VIPPS", typeText: "Vipps", isCardPurchase: false, minuteOfDay: purchaseMinute(rng), remoteAccountName: friend,
      kidOrMessage: rng.pick(["Takk for sist", "Middag", "Billetter"]), recurring: false, subscription: false,
    });
  }
  if (rng.chance(travelChance(month))) {
    const flight = rng.pick(FLIGHTS);
    rows.push(cardPurchase("card", flight, merchantAmountOre(rng, flight), purchaseMinute(rng)));
    if (rng.chance(0.6)) {
      const hotel = rng.pick(HOTELS);
      rows.push(cardPurchase("card", hotel, merchantAmountOre(rng, hotel), purchaseMinute(rng)));
    }
  }
  return rows;
}

function euroRows(rng: Rng, personId: string, month: number, day: number): DraftRow[] {
  if (personId !== "ola") return [];
  const rows: DraftRow[] = [];
  if (month === 6 && day === 20) {
    const eurCents = rng.int(14, 20) * 100_00;
    const nokOre = Math.round(eurCents * (11.2 + rng.next()));
    const [out, into] = ownTransfer("checking", "eur", nokOre, "ownTransfer", 480, { from: "Brukskonto", to: "Valutakonto EUR" });
    if (out && into) rows.push(out, { ...into, amountOre: eurCents, original: { currencyCode: "NOK", amountMinor: nokOre } });
  }
  if (month === 7 && day >= 5 && day <= 19 && rng.chance(0.7)) {
    const count = rng.int(1, 3);
    for (let i = 0; i < count; i++) {
      const merchant = rng.pick(EURO_MERCHANTS);
      rows.push(cardPurchase("eur", merchant, merchantAmountOre(rng, merchant), purchaseMinute(rng)));
    }
  }
  return rows;
}

/** Every row of one day except the card bill, which depends on the previous month. */
export function dailyActivity(seed: number, personId: string, iso: string): DraftRow[] {
  const profile = LIFE_PROFILES[personId];
  const parts = parseIsoDate(iso);
  if (!profile || !parts) return [];
  const rng = createRng(seed, personId, iso);
  const weekday = weekdayOf(iso);
  const rows = [
    ...monthlyRows(rng, personId, profile, parts.year, parts.month, parts.day),
    ...everydayRows(rng, personId, profile, parts.month, weekday),
    ...euroRows(rng, personId, parts.month, parts.day),
    ...extraSeriesRows(personId, iso),
  ];
  return rows.sort((a, b) => a.minuteOfDay - b.minuteOfDay);
}
