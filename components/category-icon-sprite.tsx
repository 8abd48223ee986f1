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
import { renderToStaticMarkup } from "react-dom/server";
import type { CategoryIconName } from "@/lib/categories/category-appearance";

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
 * symbol named after it. Written by `npx tsx scripts/generate-category-icons.ts`; a unit test keeps
 * the file equal to what this returns, so an icon change or a lucide upgrade cannot leave it behind.
 */
export function categoryIconSprite(): string {
  const symbols = (Object.entries(CATEGORY_ICONS) as [CategoryIconName, LucideIcon][]).map(([name, Icon]) =>
    renderToStaticMarkup(
      <symbol id={name} viewBox="0 0 24 24">
        <Icon size={24} strokeWidth={2} aria-hidden={undefined} />
      </symbol>,
    ),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg">\n${symbols.join("\n")}\n</svg>\n`;
}
