import { categoryAppearance, categoryColorVar } from "@/lib/categories/category-appearance";
import { SpriteIcon } from "./sprite-icon";

/** The category icons, one symbol each (written from lucide by scripts/generate-icon-sprites.ts). */
export const CATEGORY_ICON_SPRITE = "/icons/categories.svg";

/** A category's icon on its colour; decorative, since the category's name is always written beside it. */
export function CategoryIcon({ code, label, size = 28 }: { code?: string | null; label?: string | null; size?: number }) {
  const appearance = categoryAppearance(code, label);
  return (
    <span className="category-icon" style={{ background: categoryColorVar(appearance), width: size, height: size }} aria-hidden="true">
      <SpriteIcon file={CATEGORY_ICON_SPRITE} name={appearance.icon} size={Math.round(size * 0.58)} />
    </span>
  );
}
