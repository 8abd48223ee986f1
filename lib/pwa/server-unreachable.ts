import type { SerwistPlugin } from "serwist";
import { meansServerUnreachable } from "./cache-policy";

/**
 * Makes a network-first strategy treat a gateway's error (502, 503, 504) as no answer, so it falls
 * back to the saved copy. With no saved copy the gateway's own answer goes to the page, as it would
 * without the worker. Put it after the plugins that read every answer: it stops the others.
 */
export const serverUnreachable: SerwistPlugin = {
  fetchDidSucceed: async ({ response, state }) => {
    if (!meansServerUnreachable(response.status)) return response;
    if (state) state.gatewayAnswer = response;
    throw new Error(`Saldo's gateway answered ${response.status}`);
  },
  handlerDidError: async ({ state }) => (state?.gatewayAnswer instanceof Response ? state.gatewayAnswer : undefined),
};
