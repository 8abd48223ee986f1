// How a page learns that the service worker answered it from its cache because the server could not
// be reached. navigator.onLine cannot tell: on a connection that is up but reaches nothing (a captive
// portal, the owner's laptop asleep) it stays true while every request fails.

/** Set on <html> of a page the worker answers from its cache after the network failed. */
export const SAVED_COPY_ATTRIBUTE = "data-saved-copy";

const HTML_START_TAG = /<html(?=[\s>])/i;

/** The page's HTML with the saved-copy mark on its <html> tag; a text without one is left as it is. */
export function markSavedCopy(html: string): string {
  return html.replace(HTML_START_TAG, (tag) => `${tag} ${SAVED_COPY_ATTRIBUTE}=""`);
}
