import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORY_ICON_SPRITE } from "./category-icon";
import { CATEGORY_ICONS, categoryIconSprite } from "./category-icon-sprite";

const file = path.join(import.meta.dirname, "..", "public", CATEGORY_ICON_SPRITE);

describe("the category icon file", () => {
  it("is what the generator writes from the current icons (run scripts/generate-category-icons.ts if not)", () => {
    expect(fs.readFileSync(file, "utf8")).toBe(categoryIconSprite());
  });

  it("holds one drawn symbol for every category icon, named as CategoryIcon refers to it", () => {
    const sprite = fs.readFileSync(file, "utf8");
    const symbols = [...sprite.matchAll(/<symbol id="([^"]+)"[^>]*>(.*?)<\/symbol>/g)];
    expect(symbols.map(([, id]) => id).sort()).toEqual(Object.keys(CATEGORY_ICONS).sort());
    for (const [, id, body] of symbols) expect(body, id).toMatch(/<(path|circle|rect|line|polyline)\b/);
  });
});
