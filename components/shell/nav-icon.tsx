import { SpriteIcon } from "../sprite-icon";

/** The navigation's icons, one symbol each (written from lucide by scripts/generate-icon-sprites.ts). */
export const NAV_ICON_SPRITE = "/icons/nav.svg";

export type NavIconName = "overview" | "accounts" | "transactions" | "budgets" | "subscriptions" | "inbox" | "rules" | "settings" | "more";

/**
 * A navigation icon from the one navigation icon file: the side column, the bottom bar and its sheet
 * draw thirteen on every page, which as inline lucide icons were 5.6 kB of every page's HTML and a
 * component each to hydrate. Decorative: the link's text names it.
 */
export function NavIcon({ name, size = 22 }: { name: NavIconName; size?: number }) {
  return <SpriteIcon file={NAV_ICON_SPRITE} name={name} size={size} />;
}
