import { createHash } from "node:crypto";
import { FIRST_PAINT_GATE_SCRIPT } from "../ui/first-paint-gate";
import { THEME_SCRIPT } from "../ui/theme-choice";

/** React writes this into every page shell it renders (the shell's paint time, for Suspense reveals). */
export const REACT_SHELL_TIME_SCRIPT = "requestAnimationFrame(function(){$RT=performance.now()});";

/**
 * A prerendered page shell is written before any request, so its inline scripts cannot carry the
 * request's nonce. These are the only ones, each a fixed text the CSP allows by its hash.
 */
export const PRERENDERED_INLINE_SCRIPTS = [THEME_SCRIPT, FIRST_PAINT_GATE_SCRIPT, REACT_SHELL_TIME_SCRIPT] as const;

export const PRERENDERED_SCRIPT_HASHES: readonly string[] = PRERENDERED_INLINE_SCRIPTS.map(
  (script) => `sha256-${createHash("sha256").update(script, "utf8").digest("base64")}`,
);
