import {
  ArrowLeftRight,
  Bus,
  CircleHelp,
  HeartPulse,
  House,
  Landmark,
  PiggyBank,
  Plane,
  Repeat,
  Shield,
  Shirt,
  ShoppingCart,
  Tag,
  UtensilsCrossed,
  type LucideIcon,
} from "lucide-react";
import type { CategoryIconName } from "@/lib/categories/category-appearance";
import { iconSprite } from "./icon-sprite";

export const CATEGORY_ICONS: Record<CategoryIconName, LucideIcon> = {
  groceries: ShoppingCart,
  housing: House,
  insurance: Shield,
  transport: Bus,
  food: UtensilsCrossed,
  subscriptions: Repeat,
  travel: Plane,
  health: HeartPulse,
  shopping: Shirt,
  income: Landmark,
  savings: PiggyBank,
  transfers: ArrowLeftRight,
  uncategorized: CircleHelp,
  other: Tag,
};

/**
 * The file behind `CATEGORY_ICON_SPRITE` (public/icons/categories.svg): every category icon as a
 * symbol named after it. A unit test keeps the file equal to what this returns, so an icon change or
 * a lucide upgrade cannot leave it behind.
 */
export function categoryIconSprite(): string {
  return iconSprite(CATEGORY_ICONS);
}
