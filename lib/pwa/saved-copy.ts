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

/** What the worker posts to a page whose data request it answered from its cache after the network failed. */
export interface SavedAnswerMessage {
  type: "saldo:saved-answer";
  /** The kept answer's Date header: when its data was current (null when it had none). */
  date: string | null;
}

export function savedAnswerMessage(date: string | null): SavedAnswerMessage {
  return { type: "saldo:saved-answer", date };
}

export function isSavedAnswerMessage(data: unknown): data is SavedAnswerMessage {
  if (typeof data !== "object" || data === null) return false;
  const { type, date } = data as Record<string, unknown>;
  return type === "saldo:saved-answer" && (date === null || typeof date === "string");
}
