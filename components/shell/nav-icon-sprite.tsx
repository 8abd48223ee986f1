import { ArrowLeftRight, Bell, Ellipsis, LayoutDashboard, ListFilter, PiggyBank, Repeat, Settings, Wallet, type LucideIcon } from "lucide-react";
import { iconSprite } from "../icon-sprite";
import type { NavIconName } from "./nav-icon";

export const NAV_ICONS: Record<NavIconName, LucideIcon> = {
  overview: LayoutDashboard,
  accounts: Wallet,
  transactions: ArrowLeftRight,
  budgets: PiggyBank,
  subscriptions: Repeat,
  inbox: Bell,
  rules: ListFilter,
  settings: Settings,
  more: Ellipsis,
};

/** The file behind `NAV_ICON_SPRITE` (public/icons/nav.svg); a unit test keeps the file equal to it. */
export function navIconSprite(): string {
  return iconSprite(NAV_ICONS);
}
