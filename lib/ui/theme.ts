import "server-only";
import { cookies } from "next/headers";
import { THEMES, THEME_COOKIE, type Theme } from "./theme-choice";

export async function currentTheme(): Promise<Theme> {
  const value = (await cookies()).get(THEME_COOKIE)?.value;
  return (THEMES as readonly string[]).includes(value ?? "") ? (value as Theme) : "system";
}
