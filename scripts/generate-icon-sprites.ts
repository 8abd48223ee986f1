// Writes the icon files pages draw by reference: public/icons/categories.svg (category icons) and
// public/icons/nav.svg (the navigation's). Run it again after changing an icon in
// components/category-icon-sprite.tsx or components/shell/nav-icon-sprite.tsx, or after upgrading
// lucide-react: `npx tsx scripts/generate-icon-sprites.ts` (a unit test fails until the files match).
import fs from "node:fs";
import path from "node:path";
import { CATEGORY_ICON_SPRITE } from "../components/category-icon";
import { categoryIconSprite } from "../components/category-icon-sprite";
import { NAV_ICON_SPRITE } from "../components/shell/nav-icon";
import { navIconSprite } from "../components/shell/nav-icon-sprite";

for (const [file, sprite] of [
  [CATEGORY_ICON_SPRITE, categoryIconSprite()],
  [NAV_ICON_SPRITE, navIconSprite()],
] as const) {
  const out = path.join(import.meta.dirname, "..", "public", file);
  fs.writeFileSync(out, sprite);
  console.log(`${path.relative(process.cwd(), out)} (${fs.statSync(out).size} bytes)`);
}
