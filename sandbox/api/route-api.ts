import { bankJson, errorEnvelope } from "../http/responses";
import { negotiateVersion, vndContentType } from "./accept";
import { handleAccounts } from "./accounts";
import type { ApiRequest } from "./api-request";
import { handleTransactions } from "./transactions";

const BANKING = "/personal/banking/";

export function isApiPath(path: string): boolean {
  return path === "/common/helloworld" || path.startsWith(BANKING);
}

export async function routeApi(api: ApiRequest): Promise<Response> {
  if (api.path === "/common/helloworld") {
    if (negotiateVersion(api.request.headers.get("accept"), [1]) === null) return errorEnvelope(406, "not.acceptable", "Accept must be application/vnd.sparebank1.v1+json");
    return bankJson({ message: "Hello world from the Saldo sandbox bank" }, 200, vndContentType(1));
  }
  const [resource, ...rest] = api.path.slice(BANKING.length).split("/").map(decodeURIComponent);
  if (resource === "accounts") return handleAccounts(api, rest);
  if (resource === "transactions") return handleTransactions(api, rest);
  return errorEnvelope(404, "resource.not.found", "No such resource");
}
