import { iconUrl } from "@/lib/ui/icon-url";

/**
 * A decorative icon drawn by reference into one cached icon file (public/icons/*.svg, written from
 * lucide by scripts/generate-icon-sprites.ts): the page holds a two-element reference instead of a
 * copy of the paths, and the bundle holds no icon code. The browser still draws each reference as its
 * own copy, so layout and paint cost what an inline icon did.
 */
export function SpriteIcon({ file, name, size }: { file: `/icons/${string}`; name: string; size: number }) {
  return (
    <svg width={size} height={size} aria-hidden="true" data-icon={name}>
      <use href={`${iconUrl(file)}#${name}`} />
    </svg>
  );
}
