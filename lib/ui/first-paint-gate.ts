/** No element has this id: the browser waits for it until its parser ends, then lets go. */
const NEVER_PARSED_ID = "saldo-whole-document";

/** On a Suspense fallback's first element: the section it stands for does not hold the first paint. */
export const PAINTS_LATER_ATTRIBUTE = "data-paints-later";

/**
 * Props for a Suspense fallback's first element whose section starts below the first screen: where
 * the media query `media` matches ("" for everywhere), the first paint does not wait for the section.
 */
export function paintsLater(media: string): Record<typeof PAINTS_LATER_ATTRIBUTE, string> {
  return { [PAINTS_LATER_ATTRIBUTE]: media };
}

/** The longest the browser holds its first paint of a page for the sections streamed behind its shell. */
export const FIRST_PAINT_WAIT_MS = 500;

/**
 * Run while the <head> is parsed: holds a page's first paint until every section streamed behind its
 * shell has arrived, or the whole document is parsed, or FIRST_PAINT_WAIT_MS at most, with a
 * `rel=expect`, `blocking=render` link to an id that never appears (Chromium stops waiting for it when
 * parsing ends, and logs a console warning that it found no such element).
 * A page's sections stream in tens of milliseconds after its shell, but React reveals a section no
 * sooner than 300 ms after the shell's first paint: painting the shell first meant skeletons, then
 * the content a third of a second later. Held, the first paint is the content (React reveals what is
 * already there in that same frame). After the wait the shell paints with the skeletons of what is
 * still missing; a section arriving then is revealed 300 ms after that paint, as before.
 * A section still to come is a Suspense boundary React marked pending (a `$?` comment before its
 * `B:` template); React's completion script re-marks it. Once none is pending the paint goes ahead,
 * before the browser parses the data React hydrates from (the rest of the document, up to half of
 * it) and before the framework's scripts run, so the content shows without waiting for either.
 * A section that starts below the first screen need not hold it: when the element right after its
 * B: template (its fallback's first) carries PAINTS_LATER_ATTRIBUTE (see paintsLater), the gate does
 * not wait for it where the attribute's media query matches (always, when it is empty). The first
 * screen's sections stream before it, and the browser paints them without first parsing what follows
 * (on a phone's overview, the charts and the hydration data between them: three quarters of the
 * document). React reveals such a section no sooner than 300 ms after that paint, below the first
 * screen if the query is right, so a page should only mark a section it knows starts there.
 * It lets go by dropping the link's `blocking` attribute rather than the link: the <head> is React's
 * to hydrate. Browsers without `rel=expect` paint as before. Static, so the CSP allows it by its hash.
 */
export const FIRST_PAINT_GATE_SCRIPT = `(function(){var l=document.createElement("link");l.rel="expect";l.href="#${NEVER_PARSED_ID}";l.setAttribute("blocking","render");document.head.appendChild(l);var o=new MutationObserver(function(){var t=document.querySelectorAll('template[id^="B:"]');if(!t.length)return;for(var i=0;i<t.length;i++){var c=t[i].previousSibling;if(c&&c.nodeType===8&&c.data==="$?"&&!later(t[i].nextSibling))return}r()});function later(f){var q=f&&f.nodeType===1?f.getAttribute("${PAINTS_LATER_ATTRIBUTE}"):null;return q!==null&&(q===""||!!(window.matchMedia&&matchMedia(q).matches))}function r(){o.disconnect();l.removeAttribute("blocking")}o.observe(document,{subtree:true,characterData:true});document.addEventListener("DOMContentLoaded",r);setTimeout(r,${FIRST_PAINT_WAIT_MS})})()`;
