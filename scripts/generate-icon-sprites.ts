// Writes public/icons/categories.svg, the category icons every page draws by reference.
// Run it again after changing an icon in components/category-icon-sprite.tsx or upgrading lucide-react:
// `npx tsx scripts/generate-category-icons.ts` (a unit test fails until the file matches).
import fs from "node:fs";
import path from "node:path";
import { categoryIconSprite } from "../components/category-icon-sprite";

const out = path.join(import.meta.dirname, "..", "public", "icons", "categories.svg");
fs.writeFileSync(out, categoryIconSprite());
console.log(`${path.relative(process.cwd(), out)} (${fs.statSync(out).size} bytes)`);
