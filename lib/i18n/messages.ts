export const LOCALES = ["nb", "en"] as const;
export type Locale = (typeof LOCALES)[number];

const nb = {
  appName: "Saldo",
  tagline: "Oversikt over kontoene dine i SpareBank 1",
  login: "Logg inn med SpareBank 1",
  loginIntro: "Du logger inn med BankID hos banken. Saldo ser bare det du gir tilgang til, og lagrer nøklene kryptert.",
  logout: "Logg ut",
  sandboxBanner: "Sandkassebank: testdata, ingen ekte penger.",
  overview: "Oversikt",
  accounts: "Kontoer",
  account: "Konto",
  accountNumber: "Kontonummer",
  type: "Type",
  balance: "Saldo",
  available: "Disponibelt",
  total: "Totalt",
  lastSynced: "Sist synkronisert",
  never: "aldri",
  syncNow: "Synkroniser nå",
  syncing: "Synkroniserer …",
  noAccounts: "Ingen kontoer ennå. Trykk «Synkroniser nå» for å hente dem fra banken.",
  loginNeeded: "Innloggingen hos banken er utløpt. Logg inn med BankID igjen for å hente nye data.",
  clientRejected: "Banken avviste Saldos klient-ID eller hemmelighet. Lag en ny hemmelighet i SpareBank 1-utviklerportalen og oppdater SB1_CLIENT_SECRET.",
  loginAgain: "Logg inn igjen",
  budget: "{remaining} av {limit} bankkall igjen denne timen",
  nextSync: "Neste synkronisering kl.",
  partial: "Banken leverte bare deler av dataene.",
  failed: "Synkroniseringen feilet.",
  rateLimited: "Banken begrenser antall kall. Viser lagrede data; neste synkronisering kl. {time}.",
  expiryWarning: "Logg inn med BankID igjen innen {days} dager, ellers stopper synkroniseringen.",
  errorTitle: "Noe gikk galt",
  language: "Språk",
  theme: "Tema",
  themeSystem: "Systemtema",
  themeLight: "Lyst",
  themeDark: "Mørkt",
  skipToContent: "Hopp til innhold",
  types: { CHECKING: "Brukskonto", SAVINGS: "Sparekonto", BSU: "BSU", CREDITCARD: "Kredittkort", CURRENCY: "Valutakonto", ASK: "Aksjesparekonto", PENSION: "Pensjon" } as Record<string, string>,
};

export type Messages = typeof nb;

const en: Messages = {
  appName: "Saldo",
  tagline: "Your SpareBank 1 accounts at a glance",
  login: "Log in with SpareBank 1",
  loginIntro: "You log in with BankID at the bank. Saldo only sees what you allow and stores its keys encrypted.",
  logout: "Sign out",
  sandboxBanner: "Sandbox bank: test data, no real money.",
  overview: "Overview",
  accounts: "Accounts",
  account: "Account",
  accountNumber: "Account number",
  type: "Type",
  balance: "Balance",
  available: "Available",
  total: "Total",
  lastSynced: "Last synced",
  never: "never",
  syncNow: "Sync now",
  syncing: "Syncing …",
  noAccounts: "No accounts yet. Press “Sync now” to fetch them from the bank.",
  loginNeeded: "Your bank login has expired. Log in with BankID again to fetch new data.",
  clientRejected: "The bank rejected Saldo's client id or secret. Create a new secret in the SpareBank 1 developer portal and update SB1_CLIENT_SECRET.",
  loginAgain: "Log in again",
  budget: "{remaining} of {limit} bank calls left this hour",
  nextSync: "Next sync at",
  partial: "The bank delivered only part of the data.",
  failed: "The sync failed.",
  rateLimited: "The bank is rate limiting us. Showing stored data; next sync at {time}.",
  expiryWarning: "Log in with BankID again within {days} days, or syncing stops.",
  errorTitle: "Something went wrong",
  language: "Language",
  theme: "Theme",
  themeSystem: "System theme",
  themeLight: "Light",
  themeDark: "Dark",
  skipToContent: "Skip to content",
  types: { CHECKING: "Checking", SAVINGS: "Savings", BSU: "BSU (home savings)", CREDITCARD: "Credit card", CURRENCY: "Currency account", ASK: "Share savings account", PENSION: "Pension" },
};

export const MESSAGES: Record<Locale, Messages> = { nb, en };

export const INTL_LOCALE: Record<Locale, string> = { nb: "nb-NO", en: "en-GB" };

/** Picks nb or en from an Accept-Language header; Norwegian variants (nb, nn, no) all map to nb. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  const tags = (header ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.tag && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    if (/^(nb|nn|no)\b/.test(tag)) return "nb";
    if (/^en\b/.test(tag)) return "en";
  }
  return "nb";
}
