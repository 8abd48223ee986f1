import { osloDateOf } from "../data/oslo-date";
import type { SandboxTransaction } from "../data/types";
import { bankJson, errorEnvelope } from "../http/responses";
import { transactionId } from "../state/tokens";
import { negotiateVersion, vndContentType } from "./accept";
import { ownerOfAccountKey } from "./account-ownership";
import { creditAccountsFailed, type ApiRequest } from "./api-request";
import { exportCsv } from "./csv-export";
import { classify, rowSource, serializeTransaction } from "./serialize-transaction";
import { parseTransactionQuery, type TransactionQuery } from "./transaction-query";

function newestFirst(a: SandboxTransaction, b: SandboxTransaction): number {
  if (a.osloDate !== b.osloDate) return a.osloDate < b.osloDate ? 1 : -1;
  if (a.minuteOfDay !== b.minuteOfDay) return b.minuteOfDay - a.minuteOfDay;
  return a.stableKey < b.stableKey ? 1 : -1;
}

/** 403 for keys of another person, 404 for keys nobody has. */
function checkAccountKeys(api: ApiRequest, keys: string[]): Response | null {
  for (const key of keys) {
    const owner = ownerOfAccountKey(key);
    if (owner === undefined) return errorEnvelope(404, "account.not.found", `Account ${key} not found`);
    if (owner !== api.family.personId) return errorEnvelope(403, "account.access.denied", "No access to account");
  }
  return null;
}

function selectRows(api: ApiRequest, query: TransactionQuery, today: string): SandboxTransaction[] {
  const ledger = api.ctx.ledger(api.family.personId);
  const cardKeys = new Set(ledger.accounts.filter((account) => account.kind === "creditcard").map((account) => account.key));
  const keys = new Set(query.accountKeys.filter((key) => !(api.partial && cardKeys.has(key))));
  return ledger.transactions
    .filter((row) => keys.has(row.accountKey) && row.osloDate >= query.fromDate && row.osloDate <= query.toDate)
    .filter((row) => query.source === "ALL" || rowSource(row, today) === query.source)
    .sort(newestFirst)
    .slice(0, query.rowLimit);
}

function findById(api: ApiRequest, id: string): SandboxTransaction | undefined {
  const { ctx, family } = api;
  return ctx.ledger(family.personId).transactions.find((row) => transactionId(ctx.seed, family.id, row.stableKey) === id);
}

function handleExport(api: ApiRequest, today: string): Response {
  if (!(api.request.headers.get("accept") ?? "").includes("application/csv")) return errorEnvelope(406, "not.acceptable", "Accept must be application/csv");
  const params = api.url.searchParams;
  const keys = params.getAll("accountKey");
  if (keys.length !== 1 || !params.get("fromDate") || !params.get("toDate")) {
    return errorEnvelope(400, "validation.error", "Export needs exactly one accountKey, fromDate and toDate");
  }
  const query = parseTransactionQuery(params, today);
  if ("error" in query) return errorEnvelope(400, "validation.error", query.error);
  const denied = checkAccountKeys(api, query.accountKeys);
  if (denied) return denied;
  const rows = selectRows(api, { ...query, rowLimit: Number.MAX_SAFE_INTEGER, source: "ALL" }, today).filter((row) => row.status === "BOOKED");
  return new Response(exportCsv(rows), { status: 200, headers: { "content-type": "application/csv; charset=utf-8", "content-disposition": 'attachment; filename="transaksjoner.csv"' } });
}

export function handleTransactions(api: ApiRequest, rest: string[]): Response {
  const today = osloDateOf(api.ctx.now());
  if (api.request.method !== "GET") return errorEnvelope(405, "method.not.allowed", "Method not allowed");
  if (rest.length === 1 && rest[0] === "export") return handleExport(api, today);
  if (negotiateVersion(api.request.headers.get("accept"), [1]) === null) {
    return errorEnvelope(406, "not.acceptable", "Accept must be application/vnd.sparebank1.v1+json");
  }
  const ok = (body: unknown) => bankJson(body, 200, vndContentType(1));
  const idOf = (row: SandboxTransaction) => transactionId(api.ctx.seed, api.family.id, row.stableKey);
  const merchantLogo = api.url.searchParams.get("enrichWithMerchantLogo") === "true";

  if (rest.length === 0 || (rest.length === 1 && rest[0] === "classified")) {
    const query = parseTransactionQuery(api.url.searchParams, today);
    if ("error" in query) return errorEnvelope(400, "validation.error", query.error);
    const denied = checkAccountKeys(api, query.accountKeys);
    if (denied) return denied;
    const classified = rest.length === 1;
    const transactions = selectRows(api, query, today).map((row) => {
      const serialized = serializeTransaction(row, idOf(row), today, { merchantLogo: classified && merchantLogo });
      return classified ? classify(row, serialized) : serialized;
    });
    return ok({ transactions, errors: api.partial ? [creditAccountsFailed()] : [] });
  }

  const [id, details, classified] = rest;
  if (id && details === "details" && (rest.length === 2 || (rest.length === 3 && classified === "classified"))) {
    const row = findById(api, id);
    if (!row || (api.partial && row.accountNumber.startsWith("K"))) return errorEnvelope(404, "transaction.not.found", "Transaction not found");
    const serialized = serializeTransaction(row, id, today, { stringDates: true });
    return ok(rest.length === 3 ? classify(row, serialized) : serialized);
  }
  return errorEnvelope(404, "resource.not.found", "No such resource");
}
