import type { CategoryId } from "./categories";

export interface Merchant {
  /** As the bank shows it once booked, e.g. "KIWI 505 STORO". */
  booked: string;
  /** Clean payee name. */
  name: string;
  category: CategoryId;
  mcc: string;
  minKroner: number;
  maxKroner: number;
  /** Menu prices in øre; when set, amounts repeat exactly (two coffees, same price). */
  pricesOre?: number[];
}

function m(booked: string, name: string, category: CategoryId, mcc: string, minKroner: number, maxKroner: number, pricesOre?: number[]): Merchant {
  return { booked, name, category, mcc, minKroner, maxKroner, ...(pricesOre ? { pricesOre } : {}) };
}

export const GROCERS: Record<string, Merchant[]> = {
  kari: [
    m("KIWI 505 STORO", "Kiwi", "groceries", "5411", 45, 780),
    m("REMA 1000 NYDALEN", "Rema 1000", "groceries", "5411", 60, 950),
    m("COOP EXTRA TORSHOV", "Coop Extra", "groceries", "5411", 80, 1100),
    m("MENY STORO", "Meny", "groceries", "5411", 120, 1450),
    m("BUNNPRIS SANDAKER", "Bunnpris", "groceries", "5411", 30, 320),
  ],
  ola: [
    m("REMA 1000 MOHOLT", "Rema 1000", "groceries", "5411", 60, 1050),
    m("KIWI 344 LADE", "Kiwi", "groceries", "5411", 45, 820),
    m("COOP EXTRA STRINDHEIM", "Coop Extra", "groceries", "5411", 80, 1250),
    m("MENY SOLSIDEN", "Meny", "groceries", "5411", 120, 1600),
    m("BUNNPRIS BAKKLANDET", "Bunnpris", "groceries", "5411", 30, 300),
  ],
};

export const CAFES: Merchant[] = [
  m("KAFFEBRENNERIET NYDALEN", "Kaffebrenneriet", "cafe", "5814", 0, 0, [4900, 5400, 6200]),
  m("STARBUCKS OSLO S", "Starbucks", "cafe", "5814", 0, 0, [5200, 5900]),
  m("WAYNES COFFEE", "Waynes Coffee", "cafe", "5814", 0, 0, [4500, 5500]),
  m("BAKERIET I LOM", "Bakeriet i Lom", "cafe", "5462", 0, 0, [3900, 6500]),
];

export const RESTAURANTS: Merchant[] = [
  m("PEPPES PIZZA", "Peppes Pizza", "restaurant", "5812", 260, 780),
  m("EGON", "Egon", "restaurant", "5812", 240, 690),
  m("VAAGHALS", "Vaaghals", "restaurant", "5812", 520, 1650),
  m("SUSHI BAR AKER BRYGGE", "Sushi Bar", "restaurant", "5812", 280, 890),
  m("FOODORA NORWAY", "Foodora", "takeaway", "5814", 180, 520),
  m("WOLT NORWAY", "Wolt", "takeaway", "5814", 170, 490),
  m("BURGER KING STORO", "Burger King", "takeaway", "5814", 99, 259),
];

export const TRANSPORT_ONE_OFF: Merchant[] = [
  m("VY APP", "Vy", "train", "4112", 89, 899),
  m("CIRCLE K NYDALEN", "Circle K", "fuel", "5541", 250, 890),
  m("FLYTOGET", "Flytoget", "publicTransport", "4111", 0, 0, [21400]),
  m("UBER *TRIP", "Uber", "publicTransport", "4121", 120, 480),
];

export const SMALL_SPENDS: Merchant[] = [
  m("NARVESEN OSLO S", "Narvesen", "cafe", "5994", 29, 149),
  m("7-ELEVEN STORGATA", "7-Eleven", "cafe", "5499", 25, 139),
  m("EASYPARK NORGE", "EasyPark", "fuel", "7523", 18, 120),
  m("VINMONOPOLET", "Vinmonopolet", "alcohol", "5921", 179, 890),
];

export const CANTEENS: Record<string, Merchant> = {
  kari: m("KANTINE NORDLYS NYDALEN", "Kantine", "canteen", "5814", 0, 0, [8900, 9500, 11500]),
  ola: m("KANTINE HAVBRIS BRATTØRA", "Kantine", "canteen", "5814", 0, 0, [7900, 9900]),
};

export const RUTER_MONTHLY = m("RUTER AS", "Ruter", "publicTransport", "4111", 0, 0, [94400]);
export const ATB_MONTHLY = m("ATB AS", "AtB", "publicTransport", "4111", 0, 0, [83500]);

export const SHOPPING: Merchant[] = [
  m("H&M 0521 STORO", "H&M", "clothing", "5651", 199, 1299),
  m("CUBUS STORO", "Cubus", "clothing", "5651", 149, 899),
  m("XXL SPORT & VILLMARK", "XXL", "sports", "5941", 249, 2999),
  m("ELKJOP ALNABRU", "Elkjøp", "electronics", "5732", 199, 4999),
  m("ZALANDO", "Zalando", "clothing", "5691", 299, 1899),
  m("CLAS OHLSON", "Clas Ohlson", "electronics", "5251", 59, 799),
];

export const HEALTH: Merchant[] = [
  m("APOTEK 1 STORO", "Apotek 1", "pharmacy", "5912", 49, 420),
  m("VITUSAPOTEK", "Vitusapotek", "pharmacy", "5912", 59, 380),
  m("LEGESENTERET", "Legesenteret", "doctor", "8011", 0, 0, [16000, 29500]),
  m("TANNLEGE BJERKE", "Tannlegene Bjerke", "doctor", "8021", 850, 2400),
];

export const FLIGHTS: Merchant[] = [
  m("NORWEGIAN AIR SHUTTLE", "Norwegian", "flights", "3211", 690, 3900),
  m("SAS AIRLINES", "SAS", "flights", "3000", 890, 4500),
  m("WIDEROE", "Widerøe", "flights", "3000", 1200, 3200),
];

export const HOTELS: Merchant[] = [
  m("SCANDIC BERGEN CITY", "Scandic", "hotel", "7011", 1190, 2890),
  m("THON HOTEL ROSENKRANTZ", "Thon Hotels", "hotel", "7011", 1090, 2490),
  m("CLARION HOTEL TROMSO", "Clarion Hotel", "hotel", "7011", 1290, 3190),
];

export const EURO_MERCHANTS: Merchant[] = [
  m("MERCADONA MALAGA", "Mercadona", "travelAbroad", "5411", 12, 95),
  m("RESTAURANTE EL PIMPI", "El Pimpi", "travelAbroad", "5812", 28, 140),
  m("CARREFOUR NICE", "Carrefour", "travelAbroad", "5411", 9, 80),
];

export interface Subscription {
  merchant: Merchant;
  dayOfMonth: number;
  onCard: boolean;
  /** Price in øre per year, to model price increases; latest known year is used going forward. */
  priceOreByYear: Record<number, number>;
}

function sub(booked: string, name: string, category: CategoryId, mcc: string, dayOfMonth: number, onCard: boolean, priceOreByYear: Record<number, number>): Subscription {
  return { merchant: m(booked, name, category, mcc, 0, 0), dayOfMonth, onCard, priceOreByYear };
}

export const SUBSCRIPTIONS: Record<string, Subscription[]> = {
  kari: [
    sub("NETFLIX.COM", "Netflix", "streaming", "4899", 3, true, { 2020: 11900, 2023: 12900, 2025: 14900 }),
    sub("SPOTIFY P2F3A8C1", "Spotify", "streaming", "4899", 14, true, { 2020: 11900, 2023: 12900, 2024: 13900 }),
    sub("TELIA NORGE AS", "Telia", "mobile", "4814", 20, false, { 2020: 44900, 2024: 47900 }),
    sub("SATS NORGE AS", "SATS", "fitness", "7997", 1, false, { 2020: 59900, 2024: 64900 }),
    sub("STRAVA INC", "Strava", "fitness", "5734", 9, true, { 2020: 6900, 2024: 7900 }),
  ],
  ola: [
    sub("NETFLIX.COM", "Netflix", "streaming", "4899", 11, true, { 2020: 17900, 2023: 19900, 2025: 21900 }),
    sub("HBO MAX", "HBO Max", "streaming", "4899", 6, true, { 2020: 10900, 2024: 12900 }),
    sub("TELENOR NORGE AS", "Telenor", "mobile", "4814", 18, false, { 2020: 52900 }),
    sub("ALTIBOX AS", "Altibox", "mobile", "4899", 15, false, { 2020: 69900, 2024: 74900 }),
    sub("EVO FITNESS", "EVO", "fitness", "7997", 1, false, { 2020: 39900 }),
    sub("STRAVA INC", "Strava", "fitness", "5734", 22, true, { 2020: 6900, 2024: 7900 }),
  ],
};

export const FRIENDS = ["Martin Lie", "Ingrid Bakken", "Sofie Berg", "Jonas Dahl", "Emma Haugen", "Henrik Moen"];
