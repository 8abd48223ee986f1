/** No element has this id: the browser waits for it until its parser ends, then lets go. */
const NEVER_PARSED_ID = "saldo-whole-document";

/** The longest the browser holds its first paint of a page for the sections streamed behind its shell. */
export const FIRST_PAINT_WAIT_MS = 500;

/**
 * Run while the <head> is parsed: holds a page's first paint until the whole document is parsed, or
 * FIRST_PAINT_WAIT_MS at most, with a `rel=expect`, `blocking=render` link to an id that never
 * appears (Chromium stops waiting for it when parsing ends, and logs a console warning that it found
 * no such element).
 * A page's sections stream in tens of milliseconds after its shell, but React reveals a section no
 * sooner than 300 ms after the shell's first paint: painting the shell first meant skeletons, then
 * the content a third of a second later. Held, the first paint is the content (React reveals what is
 * already there in that same frame). After the wait the shell paints with the skeletons of what is
 * still missing; a section arriving then is revealed 300 ms after that paint, as before.
 * It lets go by dropping the link's `blocking` attribute rather than the link: the <head> is React's
 * to hydrate. Browsers without `rel=expect` paint as before. Static, so the CSP allows it by its hash.
 */
export const FIRST_PAINT_GATE_SCRIPT = `(function(){var l=document.createElement("link");l.rel="expect";l.href="#${NEVER_PARSED_ID}";l.setAttribute("blocking","render");document.head.appendChild(l);function r(){l.removeAttribute("blocking")}document.addEventListener("DOMContentLoaded",r);setTimeout(r,${FIRST_PAINT_WAIT_MS})})()`;
