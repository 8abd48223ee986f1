import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORY_ICON_SPRITE } from "./category-icon";
import { CATEGORY_ICONS, categoryIconSprite } from "./category-icon-sprite";
import { NAV_ICON_SPRITE } from "./shell/nav-icon";
import { NAV_ICONS, navIconSprite } from "./shell/nav-icon-sprite";

describe.each([
  { name: "category", file: CATEGORY_ICON_SPRITE, icons: CATEGORY_ICONS, generate: categoryIconSprite },
  { name: "navigation", file: NAV_ICON_SPRITE, icons: NAV_ICONS, generate: navIconSprite },
])("the $name icon file", ({ file, icons, generate }) => {
  const sprite = () => fs.readFileSync(path.join(import.meta.dirname, "..", "public", file), "utf8");

  it("is what the generator writes from the current icons (run scripts/generate-icon-sprites.ts if not)", () => {
    expect(sprite()).toBe(generate());
  });

  it("holds one drawn symbol for every icon, named as the components refer to it", () => {
    const symbols = [...sprite().matchAll(/<symbol id="([^"]+)"[^>]*>(.*?)<\/symbol>/g)];
    expect(symbols.map(([, id]) => id).sort()).toEqual(Object.keys(icons).sort());
    for (const [, id, body] of symbols) expect(body, id).toMatch(/<(path|circle|rect|line|polyline)\b/);
  });
});
