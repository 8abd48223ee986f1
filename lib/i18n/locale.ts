import "server-only";
import { notFound } from "next/navigation";
import { locale as localeParam } from "next/root-params";
import { LOCALES, MESSAGES, type Locale } from "./messages";

/**
 * The page's language. proxy.ts chooses it per request (the language cookie, else Accept-Language)
 * and routes the page to /[locale]/…, so each language has its own prerendered shell.
 */
export async function currentLocale(): Promise<Locale> {
  const value = await localeParam();
  // proxy.ts never routes to another value; a request that reaches one directly gets not-found.
  if (!(LOCALES as readonly string[]).includes(value)) notFound();
  return value as Locale;
}

export async function currentMessages() {
  const locale = await currentLocale();
  return { locale, t: MESSAGES[locale] };
}
