import type { Locator } from "@playwright/test";

/**
 * Icons drawn by reference into an icon file (components/sprite-icon.tsx): each one's symbol name,
 * its reference, and whether anything is drawn. A reference to a missing file or symbol draws nothing.
 */
export function spriteIcons(icons: Locator) {
  return icons.evaluateAll((elements) =>
    elements.map((svg) => {
      const use = svg.querySelector("use");
      const box = use ? (use as SVGGraphicsElement).getBBox() : null;
      return { icon: svg.getAttribute("data-icon"), href: use?.getAttribute("href") ?? null, drawn: box !== null && box.width > 0 && box.height > 0 };
    }),
  );
}

/** The symbol names an icon file holds. */
export function symbolsOf(file: string): Set<string> {
  return new Set([...file.matchAll(/<symbol id="([^"]+)"/g)].map(([, id]) => id!));
}
