import type { LucideIcon } from "lucide-react";
import { renderToStaticMarkup } from "react-dom/server";

/**
 * An SVG file of lucide icons, one symbol each named by its key, for `<use href="file#name">`:
 * pages then carry a two-element reference per icon instead of a copy of its paths, and the
 * browser's bundle no icon code. Written by scripts/generate-icon-sprites.ts.
 */
export function iconSprite(icons: Record<string, LucideIcon>): string {
  const symbols = Object.entries(icons).map(([name, Icon]) =>
    renderToStaticMarkup(
      <symbol id={name} viewBox="0 0 24 24">
        <Icon size={24} strokeWidth={2} aria-hidden={undefined} />
      </symbol>,
    ),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg">\n${symbols.join("\n")}\n</svg>\n`;
}
