import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIRST_PAINT_GATE_SCRIPT } from "../ui/first-paint-gate";
import { THEME_SCRIPT } from "../ui/theme-choice";
import { PRERENDERED_SCRIPT_HASHES, REACT_SHELL_TIME_SCRIPT } from "./prerendered-inline-scripts";

describe("prerendered inline scripts", () => {
  it("are the exact text React's server renderer writes into a shell (fails when React changes it)", () => {
    // Next.js renders with its own copy of React (the experimental channel under cacheComponents).
    const next = path.dirname(createRequire(import.meta.url).resolve("next/package.json"));
    for (const channel of ["react-dom", "react-dom-experimental"]) {
      const source = fs.readFileSync(path.join(next, "dist/compiled", channel, "cjs/react-dom-server.node.production.js"), "utf8");
      expect(source).toContain(JSON.stringify(REACT_SHELL_TIME_SCRIPT));
    }
  });

  it("are allowed by the sha256 of their text, as browsers compute it", () => {
    const expected = [THEME_SCRIPT, FIRST_PAINT_GATE_SCRIPT, REACT_SHELL_TIME_SCRIPT].map((text) => `sha256-${createHash("sha256").update(text).digest("base64")}`);
    expect(PRERENDERED_SCRIPT_HASHES).toEqual(expected);
    // Chromium reported this hash for React's script when the CSP blocked it.
    expect(PRERENDERED_SCRIPT_HASHES).toContain("sha256-7mu4H06fwDCjmnxxr/xNHyuQC6pLTHr4M2E4jXw5WZs=");
  });

  it("the theme script applies only the two explicit themes from its cookie", () => {
    const html = { dataset: {} as Record<string, string> };
    const run = (cookie: string) => {
      html.dataset = {};
      new Function("document", THEME_SCRIPT)({ cookie, documentElement: html });
      return html.dataset.theme;
    };
    expect(run("a=1; saldo-theme=dark")).toBe("dark");
    expect(run("saldo-theme=light; b=2")).toBe("light");
    expect(run("saldo-theme=system")).toBeUndefined();
    expect(run("saldo-theme=dark\"><script>")).toBeUndefined();
    expect(run("not-saldo-theme=dark")).toBeUndefined();
  });
});
