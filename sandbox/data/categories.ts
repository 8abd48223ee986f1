import type { Category } from "./types";

function category(main: string, mainI18n: string, sub: string, subI18n: string): Category {
  return { main, mainI18n, sub, subI18n };
}

export const CATEGORIES = {
  groceries: category("GROCERIES", "Dagligvarer", "GROCERY_STORE", "Matbutikk"),
  alcohol: category("GROCERIES", "Dagligvarer", "ALCOHOL", "Alkohol"),
  rent: category("HOUSING", "Bolig", "RENT", "Husleie"),
  commonCosts: category("HOUSING", "Bolig", "COMMON_COSTS", "Felleskostnader"),
  mortgage: category("HOUSING", "Bolig", "MORTGAGE", "Boliglån"),
  electricity: category("HOUSING", "Bolig", "ELECTRICITY", "Strøm"),
  insurance: category("INSURANCE", "Forsikring", "HOME_INSURANCE", "Innboforsikring"),
  publicTransport: category("TRANSPORT", "Transport", "PUBLIC_TRANSPORT", "Kollektivtransport"),
  fuel: category("TRANSPORT", "Transport", "FUEL", "Drivstoff"),
  train: category("TRANSPORT", "Transport", "TRAIN", "Tog"),
  cafe: category("FOOD_AND_DRINK", "Mat og drikke", "CAFE", "Kafé"),
  restaurant: category("FOOD_AND_DRINK", "Mat og drikke", "RESTAURANT", "Restaurant"),
  canteen: category("FOOD_AND_DRINK", "Mat og drikke", "CANTEEN", "Kantine og lunsj"),
  takeaway: category("FOOD_AND_DRINK", "Mat og drikke", "TAKEAWAY", "Hentemat"),
  streaming: category("SUBSCRIPTIONS", "Abonnementer", "STREAMING", "Strømmetjenester"),
  mobile: category("SUBSCRIPTIONS", "Abonnementer", "MOBILE_INTERNET", "Mobil og internett"),
  fitness: category("SUBSCRIPTIONS", "Abonnementer", "FITNESS", "Trening"),
  flights: category("TRAVEL", "Reise", "FLIGHTS", "Fly"),
  hotel: category("TRAVEL", "Reise", "HOTEL", "Hotell"),
  travelAbroad: category("TRAVEL", "Reise", "ABROAD", "Utenlandsreise"),
  pharmacy: category("HEALTH", "Helse", "PHARMACY", "Apotek"),
  doctor: category("HEALTH", "Helse", "DOCTOR", "Lege og tannlege"),
  clothing: category("SHOPPING", "Klær og utstyr", "CLOTHING", "Klær og sko"),
  electronics: category("SHOPPING", "Klær og utstyr", "ELECTRONICS", "Elektronikk"),
  sports: category("SHOPPING", "Klær og utstyr", "SPORTS", "Sport og fritid"),
  salary: category("INCOME", "Inntekt", "SALARY", "Lønn"),
  interest: category("INCOME", "Inntekt", "INTEREST", "Renter"),
  savings: category("SAVINGS", "Sparing", "SAVINGS_ACCOUNT", "Sparekonto"),
  bsu: category("SAVINGS", "Sparing", "BSU", "BSU"),
  stocks: category("SAVINGS", "Sparing", "STOCKS", "Aksjesparing"),
  ownTransfer: category("TRANSFERS", "Overføringer", "OWN_ACCOUNTS", "Mellom egne kontoer"),
  cardBill: category("TRANSFERS", "Overføringer", "CREDIT_CARD_BILL", "Kredittkortregning"),
  vipps: category("TRANSFERS", "Overføringer", "VIPPS", "Vipps"),
  other: category("OTHER", "Annet", "OTHER", "Annet"),
  uncategorized: category("UNCATEGORIZED", "Ukategorisert", "UNCATEGORIZED", "Ukategorisert"),
} satisfies Record<string, Category>;

export type CategoryId = keyof typeof CATEGORIES;
