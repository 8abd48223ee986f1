import { LOCALES, localeFromAcceptLanguage, type Locale } from "./messages";

export const LOCALE_COOKIE = "saldo-locale";

/** The language a request gets: the one chosen in Saldo, else the browser's preference. */
export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | null): Locale {
  if (cookieValue && (LOCALES as readonly string[]).includes(cookieValue)) return cookieValue as Locale;
  return localeFromAcceptLanguage(acceptLanguage);
}
