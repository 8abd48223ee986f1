// Writes the installed app's PNG icons and the pages' favicons into public/icons from the one drawing in public/icon.svg.
// Run it again after changing that drawing: `npx tsx scripts/generate-app-icons.ts` (sharp comes with Next.js).
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const ROOT = path.resolve(import.meta.dirname, "..");
const svg = fs.readFileSync(path.join(ROOT, "public", "icon.svg"), "utf8");
const glyph = /<path[^>]*\/>/.exec(svg)?.[0];
if (!glyph) throw new Error("public/icon.svg has no <path>");

// A maskable icon may be cut to any shape inside the middle 80 %: full-bleed colour, the glyph well inside.
const fullBleed = (scale: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b5cad"/><g transform="translate(16 16) scale(${scale}) translate(-16 -16)">${glyph}</g></svg>`;

const outputs: { file: string; size: number; source: string }[] = [
  { file: "icon-192.png", size: 192, source: svg },
  { file: "icon-512.png", size: 512, source: svg },
  { file: "maskable-512.png", size: 512, source: fullBleed(0.7) },
  { file: "maskable-192.png", size: 192, source: fullBleed(0.7) },
  { file: "apple-touch-icon.png", size: 180, source: fullBleed(0.85) },
  // The pages' favicon: a raster one, because Chrome fetches the favicon again at every URL change
  // (each filter and search) and parses an SVG one as a whole document on the page's main thread.
  { file: "favicon-32.png", size: 32, source: svg },
  { file: "favicon-64.png", size: 64, source: svg },
];

for (const { file, size, source } of outputs) {
  await sharp(Buffer.from(source), { density: (72 * size) / 32 }).resize(size, size).png({ compressionLevel: 9 }).toFile(path.join(ROOT, "public", "icons", file));
  console.log(`public/icons/${file} (${size}×${size})`);
}
