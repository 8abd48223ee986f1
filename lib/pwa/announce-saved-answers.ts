import type { SerwistPlugin } from "serwist";
import { savedAnswerMessage } from "./saved-copy";

/** The page a message goes to, or none (it closed). */
type FindClient = (id: string) => Promise<{ postMessage(message: unknown): void } | undefined | null>;

/**
 * A data answer from the cache (the network failed) is announced to the page that asked, with the
 * answer's date, so the page says it shows saved data. Not for a request the page itself cancelled:
 * that fails in the worker as a network failure would, but the page never sees the answer.
 */
export function announceSavedAnswers(findClient: FindClient): SerwistPlugin {
  return {
    cachedResponseWillBeUsed: async ({ cachedResponse, event }) => {
      // The worker's FetchEvent, by the two fields this needs (the page's type library has no FetchEvent).
      const fetchEvent = event as unknown as { clientId?: string; request: Request } | undefined;
      if (cachedResponse && fetchEvent?.clientId && !fetchEvent.request.signal.aborted) {
        const client = await findClient(fetchEvent.clientId);
        client?.postMessage(savedAnswerMessage(cachedResponse.headers.get("date")));
      }
      return cachedResponse;
    },
  };
}
