import { categoryAppearance, categoryColorVar, type CategoryIconName } from "@/lib/categories/category-appearance";

/** The category icons, one symbol each (written from lucide by scripts/generate-category-icons.ts). */
export const CATEGORY_ICON_SPRITE = "/icons/categories.svg";

/**
 * A category's icon on its colour; decorative, since the category's name is always written beside it.
 * The icon is a reference into one cached file: a list of 40 rows holds 40 two-element references
 * instead of 40 copies of the paths, so there is less HTML to parse and fewer elements to hydrate.
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

export function categoryIconHref(name: CategoryIconName): string {
  return `${CATEGORY_ICON_SPRITE}#${name}`;
}
