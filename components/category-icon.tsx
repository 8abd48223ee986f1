import { categoryAppearance, categoryColorVar, type CategoryIconName } from "@/lib/categories/category-appearance";

/** The category icons, one symbol each (written from lucide by scripts/generate-icon-sprites.ts). */
export const CATEGORY_ICON_SPRITE = "/icons/categories.svg";

/**
 * A category's icon on its colour; decorative, since the category's name is always written beside it.
 * The icon is a reference into one cached file: each row's HTML holds a two-element reference instead
 * of a copy of the paths, so pages send and hydrate less and the bundle holds no icon code. (The
 * browser still draws each reference as its own copy, so layout and paint cost what they did.)
 */
export function CategoryIcon({ code, label, size = 28 }: { code?: string | null; label?: string | null; size?: number }) {
  const appearance = categoryAppearance(code, label);
  const iconSize = Math.round(size * 0.58);
  return (
    <span className="category-icon" style={{ background: categoryColorVar(appearance), width: size, height: size }} aria-hidden="true">
      <svg width={iconSize} height={iconSize} data-icon={appearance.icon}>
        <use href={categoryIconHref(appearance.icon)} />
      </svg>
    </span>
  );
}

function categoryIconHref(name: CategoryIconName): string {
  return `${CATEGORY_ICON_SPRITE}#${name}`;
}
