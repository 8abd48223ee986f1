import "server-only";
import { cookies, headers } from "next/headers";
import { LOCALES, MESSAGES, localeFromAcceptLanguage, type Locale } from "./messages";

export const LOCALE_COOKIE = "saldo-locale";

export async function currentLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (chosen && (LOCALES as readonly string[]).includes(chosen)) return chosen as Locale;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export async function currentMessages() {
  const locale = await currentLocale();
  return { locale, t: MESSAGES[locale] };
}
