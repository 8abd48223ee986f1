import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { iconsVersion } from "./icons-version";

const PUBLIC = path.resolve(import.meta.dirname, "..", "public");
const copies: string[] = [];

/** A copy of public/icons to change. */
function copyOfIcons(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "saldo-icons-"));
  copies.push(dir);
  fs.cpSync(path.join(PUBLIC, "icons"), path.join(dir, "icons"), { recursive: true });
  return dir;
}

afterEach(() => {
  for (const dir of copies.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("iconsVersion", () => {
  it("is the same for the same files", () => {
    expect(iconsVersion()).toMatch(/^[0-9a-f]{12}$/);
    expect(iconsVersion(copyOfIcons())).toBe(iconsVersion());
  });

  it("changes when any icon's bytes change and when one is added", () => {
    const base = iconsVersion();
    const changed = copyOfIcons();
    fs.appendFileSync(path.join(changed, "icons", "nav.svg"), "\n");
    expect(iconsVersion(changed)).not.toBe(base);

    const added = copyOfIcons();
    fs.writeFileSync(path.join(added, "icons", "new.png"), "");
    expect(iconsVersion(added)).not.toBe(base);
  });

  it("leaves out folders and hidden files, which differ from machine to machine", () => {
    const dir = copyOfIcons();
    fs.writeFileSync(path.join(dir, "icons", ".DS_Store"), "finder");
    fs.mkdirSync(path.join(dir, "icons", "drafts"));
    expect(iconsVersion(dir)).toBe(iconsVersion());
  });

  it("tells a file's bytes from its name (moving bytes between files changes it)", () => {
    const dir = copyOfIcons();
    const [first, second] = ["favicon-32.png", "favicon-64.png"].map((file) => path.join(dir, "icons", file)) as [string, string];
    const a = fs.readFileSync(first);
    const b = fs.readFileSync(second);
    fs.writeFileSync(first, b);
    fs.writeFileSync(second, a);
    expect(iconsVersion(dir)).not.toBe(iconsVersion());
  });
});
