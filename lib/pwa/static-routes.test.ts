import { describe, expect, it } from "vitest";
import { transactionFilterSchema } from "../transactions/transaction-filter";
import { isCacheableData, isCacheablePage, isStaticAsset, LIST_PAGING } from "./cache-policy";
import { LIST_FILTERS, networkRoutes, type NetworkRoute } from "./static-routes";

const origin = "https://saldo.example";

/** URLPattern as these rules use it (literal text and `*`), for Node, which has no URLPattern. */
function matches(route: NetworkRoute, url: URL, method: string): boolean {
  if ("requestMethod" in route.condition) return route.condition.requestMethod === method;
  const whole = (pattern: string | undefined, value: string) =>
    pattern === undefined || new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`).test(value);
  return whole(route.condition.urlPattern.pathname, url.pathname) && whole(route.condition.urlPattern.search, url.search.slice(1));
}

const SAMPLES: [string, string, string][] = [
  ["GET", "/", "navigate"],
  ["GET", "/transactions?q=rema", "navigate"],
  ["GET", "/login", "navigate"],
  ["GET", "/transactions?_rsc=1x2y", "cors"],
  ["GET", "/?_rsc=abc", "cors"],
  ["POST", "/transactions", "cors"],
  ["POST", "/api/sync", "cors"],
  ["DELETE", "/api/push/subscriptions", "cors"],
  ["GET", "/api/accounts", "cors"],
  ["GET", "/api/transactions?limit=40", "cors"],
  ["GET", "/api/transactions?limit=40&cursor=abc_DEF-123", "cors"],
  ["GET", "/api/transactions?cursor=q0to&limit=40", "cors"],
  ["GET", "/api/transactions/abc", "cors"],
  ["GET", "/api/transactions/export?format=csv", "cors"],
  ["GET", "/api/auth/session", "cors"],
  ["GET", "/api/auth/callback/sparebank1?code=x&state=y", "navigate"],
  ["GET", "/api/backup", "cors"],
  ["GET", "/api/health", "cors"],
  ["GET", "/api/recurring", "cors"],
  ["GET", "/_next/static/chunks/abc.js", "no-cors"],
  ["GET", "/icons/nav.svg", "no-cors"],
  ...LIST_FILTERS.map((name): [string, string, string] => ["GET", `/api/transactions?limit=40&${name}=x`, "cors"]),
];

describe("the worker's static routes", () => {
  it("name exactly the list's filters: its query parameters other than paging", () => {
    const parameters = Object.keys(transactionFilterSchema.shape).filter((name) => !LIST_PAGING.has(name));
    expect([...LIST_FILTERS].sort()).toEqual(parameters.sort());
  });

  it("send to the network only requests the worker would neither keep nor answer", () => {
    const routes = networkRoutes();
    const bypassed: string[] = [];
    for (const [method, path, mode] of SAMPLES) {
      const url = new URL(path, origin);
      if (!routes.some((route) => matches(route, url, method))) continue;
      bypassed.push(`${method} ${path}`);
      const facts = { url: url.href, method, mode, origin };
      expect(isCacheablePage(facts) || isCacheableData(facts) || isStaticAsset(facts) || url.pathname === "/login", `${method} ${path}`).toBe(false);
    }
    // And they do take the writes, Next's navigation data, the filtered list and the routes never kept.
    expect(bypassed).toEqual(expect.arrayContaining(["POST /transactions", "GET /transactions?_rsc=1x2y", "GET /api/transactions?limit=40&q=x", "GET /api/auth/session", "GET /api/transactions/export?format=csv"]));
    expect(bypassed).not.toContain("GET /api/transactions?limit=40");
    expect(bypassed).not.toContain("GET /api/transactions?cursor=q0to&limit=40");
  });
});
