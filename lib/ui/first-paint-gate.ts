/** The longest the browser holds its first paint of a page for the sections streamed behind its shell. */
export const FIRST_PAINT_WAIT_MS = 500;

/**
 * Run while the <head> is parsed: holds the first paint until the whole document is parsed, or
 * FIRST_PAINT_WAIT_MS at most, with a `rel=expect`, `blocking=render` link to "#top" (the top of the
 * document, which HTML defines as parsed once the parser ends; Chromium logs a warning that it found
 * no such element).
 * A page's sections stream in tens of milliseconds after its shell, but React reveals a section no
 * sooner than 300 ms after the shell's first paint: painting the shell first meant skeletons, then
 * the content a third of a second later. Held, the first paint is the content (React reveals what is
 * already there in that same frame), and a slow section still shows its skeleton once the wait is up.
 * Browsers without `rel=expect` paint as before. Static, so the CSP allows it by its hash.
 */
export const FIRST_PAINT_GATE_SCRIPT = `(function(){var l=document.createElement("link");l.rel="expect";l.href="#top";l.setAttribute("blocking","render");document.head.appendChild(l);function r(){l.remove()}document.addEventListener("DOMContentLoaded",r);setTimeout(r,${FIRST_PAINT_WAIT_MS})})()`;
