import { UNCACHED_API_ROUTES } from "./cache-policy";

/** The transaction list's filters and search (lib/transactions/transaction-filter.ts; a unit test keeps the two equal). */
export const LIST_FILTERS = ["from", "to", "account", "category", "q", "min", "max", "status", "direction", "transfers"] as const;

/** A rule of the service worker static routing API (InstallEvent.addRoutes). */
export interface NetworkRoute {
  condition: { requestMethod: string } | { urlPattern: { pathname?: string; search?: string } };
  source: "network";
}

/**
 * Requests the worker never keeps or answers, sent by the browser straight to the network without
 * waking the worker or passing through its fetch handler (each pass cost 5–10 ms per list filter or
 * search, measured). Where the browser has no static routing, the fetch handler lets them through as
 * before. Each rule only names requests the caching policy turns away (cache-policy.ts), so a rule
 * can never take an offline copy away: writes, Next's data fetches for client navigation (`_rsc`),
 * the filtered or searched list and the routes that are never kept.
 */
export function networkRoutes(): NetworkRoute[] {
  return [
    ...["POST", "PUT", "PATCH", "DELETE"].map((requestMethod) => ({ condition: { requestMethod }, source: "network" as const })),
    // A pattern without a pathname would take the worker script's own (components before the first
    // one given come from the worker's URL).
    { condition: { urlPattern: { pathname: "*", search: "*_rsc=*" } }, source: "network" },
    ...LIST_FILTERS.map((name) => ({ condition: { urlPattern: { pathname: "/api/transactions", search: `*${name}=*` } }, source: "network" as const })),
    ...UNCACHED_API_ROUTES.flatMap((route) => [`/api/${route}`, `/api/${route}/*`]).map((pathname) => ({ condition: { urlPattern: { pathname } }, source: "network" as const })),
  ];
}
