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
import { categoryAppearance, categoryColorVar, type CategoryIconName } from "@/lib/categories/category-appearance";

const ICONS: Record<CategoryIconName, LucideIcon> = {
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

/** A category's icon on its colour; decorative, since the category's name is always written beside it. */
export function CategoryIcon({ code, label, size = 28 }: { code?: string | null; label?: string | null; size?: number }) {
  const appearance = categoryAppearance(code, label);
  const Icon = ICONS[appearance.icon];
  return (
    <span className="category-icon" style={{ background: categoryColorVar(appearance), width: size, height: size }} aria-hidden="true">
      <Icon size={Math.round(size * 0.58)} strokeWidth={2} />
    </span>
  );
}
