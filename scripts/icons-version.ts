import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const PUBLIC = path.resolve(import.meta.dirname, "..", "public");

/**
 * A short hash of every file in public/icons (names and bytes): the version in each icon's
 * address (lib/ui/icon-url.ts). A changed icon gets a new address, so the addresses can be cached for
 * a year and the browser asks the server for none of them again, not even when it fetches the
 * favicon anew at every URL change.
 */
export function iconsVersion(publicDir = PUBLIC): string {
  const hash = createHash("sha256");
  for (const file of iconFiles(publicDir)) {
    const bytes = fs.readFileSync(path.join(publicDir, "icons", file));
    hash.update(`${file}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest("hex").slice(0, 12);
}

/** The files in public/icons, by name; no folders and no hidden files (a stray .DS_Store). */
export function iconFiles(publicDir = PUBLIC): string[] {
  return fs
    .readdirSync(path.join(publicDir, "icons"), { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort();
}
