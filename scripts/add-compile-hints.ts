// After `next build`: marks the chunks every page runs at load with V8's compile hint, so their
// functions compile on a background thread while they download rather than on the main thread
// when first called. Measured in bench/lighthouse.ts (the phone's total blocking time).
// Run: tsx scripts/add-compile-hints.ts (npm run build does it; NEXT_DIST_DIR picks the build folder).
import fs from "node:fs";
import path from "node:path";
import { parseClientReferenceManifest, startupChunks, withCompileHint } from "./compile-hints/startup-chunks";

const distDir = path.resolve(process.env.NEXT_DIST_DIR || ".next");
const buildManifestFile = path.join(distDir, "build-manifest.json");
if (!fs.existsSync(buildManifestFile)) {
  console.error(`add-compile-hints: no build in ${distDir} (run next build first)`);
  process.exit(1);
}
const clientManifests = fs
  .readdirSync(path.join(distDir, "server", "app"), { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith("_client-reference-manifest.js"))
  .map((file) => parseClientReferenceManifest(fs.readFileSync(path.join(distDir, "server", "app", file), "utf8")));
const chunks = startupChunks(JSON.parse(fs.readFileSync(buildManifestFile, "utf8")), clientManifests);
let bytes = 0;
for (const chunk of chunks) {
  const file = path.join(distDir, chunk);
  const source = fs.readFileSync(file, "utf8");
  bytes += source.length;
  fs.writeFileSync(file, withCompileHint(source));
}
console.log(`add-compile-hints: ${chunks.length} startup chunks (${Math.round(bytes / 1024)} KB) compile eagerly, from ${clientManifests.length} routes`);
