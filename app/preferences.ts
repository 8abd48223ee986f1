"use server";
import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "@/lib/i18n/negotiate-locale";
import { LOCALES } from "@/lib/i18n/messages";
import { THEMES, THEME_COOKIE } from "@/lib/ui/theme-choice";

const YEAR = 365 * 24 * 3600;

export async function setPreferences(formData: FormData): Promise<void> {
  const store = await cookies();
  const locale = formData.get("locale");
  const theme = formData.get("theme");
  const options = { path: "/", maxAge: YEAR, sameSite: "lax" as const, secure: process.env.NODE_ENV === "production" };
  // The language is read by proxy.ts only; the theme is also read by the page's theme script, so
  // it cannot be httpOnly (it holds nothing but "light" or "dark").
  if (typeof locale === "string" && (LOCALES as readonly string[]).includes(locale)) store.set(LOCALE_COOKIE, locale, { ...options, httpOnly: true });
  if (typeof theme === "string" && (THEMES as readonly string[]).includes(theme)) store.set(THEME_COOKIE, theme, { ...options, httpOnly: false });
}
