import { osloDateOf } from "../data/oslo-date";
import type { Ledger, SandboxTransaction } from "../data/types";
import { bankJson, errorEnvelope } from "../http/responses";
import { transactionId } from "../state/tokens";
import { negotiateVersion, vndContentType } from "./accept";
import { ownerOfAccountKey } from "./account-ownership";
import { CREDIT_ACCOUNTS_FAILED, RECENT_TRANSACTIONS_FAILED, type ApiRequest } from "./api-request";
import { exportCsv } from "./csv-export";
import { withOddRows, withUnreadableRow } from "./odd-rows";
import { classify, rowSource, serializeTransaction } from "./serialize-transaction";
import { parseTransactionQuery, type TransactionQuery } from "./transaction-query";

function newestFirst(a: SandboxTransaction, b: SandboxTransaction): number {
  if (a.osloDate !== b.osloDate) return a.osloDate < b.osloDate ? 1 : -1;
  if (a.minuteOfDay !== b.minuteOfDay) return b.minuteOfDay - a.minuteOfDay;
  return a.stableKey < b.stableKey ? 1 : -1;
}

/** 403 for keys of another person, 404 for keys nobody has (or of an account not shared with the person yet). */
function checkAccountKeys(api: ApiRequest, ledger: Ledger, keys: string[]): Response | null {
  const visible = new Set(ledger.accounts.map((account) => account.key));
  for (const key of keys) {
    const owner = ownerOfAccountKey(key);
    if (owner !== undefined && owner !== api.family.personId) return errorEnvelope(403, "account.access.denied", "No access to account");
    if (!visible.has(key)) return errorEnvelope(404, "account.not.found", `Account ${key} not found`);
  }
  return null;
}

interface Withheld {
  creditAccounts: boolean;
  recent: boolean;
}

function withheld(api: ApiRequest, ledger: Ledger): Withheld {
  return { creditAccounts: api.partial === "credit-accounts" || ledger.creditAccountsFailing, recent: api.partial === "recent" };
}

function answerErrors(gaps: Withheld): string[] {
  return [...(gaps.creditAccounts ? [CREDIT_ACCOUNTS_FAILED] : []), ...(gaps.recent ? [RECENT_TRANSACTIONS_FAILED] : [])];
}

function isShown(row: SandboxTransaction, gaps: Withheld, today: string): boolean {
  if (gaps.creditAccounts && row.accountNumber.startsWith("K")) return false;
  return !(gaps.recent && rowSource(row, today) === "RECENT");
}

function selectRows(ledger: Ledger, gaps: Withheld, query: TransactionQuery, today: string): SandboxTransaction[] {
  const keys = new Set(query.accountKeys);
  return ledger.transactions
    .filter((row) => keys.has(row.accountKey) && row.osloDate >= query.fromDate && row.osloDate <= query.toDate && isShown(row, gaps, today))
    .filter((row) => query.source === "ALL" || rowSource(row, today) === query.source)
    .sort(newestFirst)
    .slice(0, query.rowLimit);
}

function handleExport(api: ApiRequest, ledger: Ledger, today: string): Response {
  if (!(api.request.headers.get("accept") ?? "").includes("application/csv")) return errorEnvelope(406, "not.acceptable", "Accept must be application/csv");
  const params = api.url.searchParams;
  const keys = params.getAll("accountKey");
  if (keys.length !== 1 || !params.get("fromDate") || !params.get("toDate")) {
    return errorEnvelope(400, "validation.error", "Export needs exactly one accountKey, fromDate and toDate");
  }
  const query = parseTransactionQuery(params, today);
  if ("error" in query) return errorEnvelope(400, "validation.error", query.error);
  const denied = checkAccountKeys(api, ledger, query.accountKeys);
  if (denied) return denied;
  const rows = selectRows(ledger, withheld(api, ledger), { ...query, rowLimit: Number.MAX_SAFE_INTEGER, source: "ALL" }, today).filter((row) => row.status === "BOOKED");
  return new Response(exportCsv(rows), { status: 200, headers: { "content-type": "application/csv; charset=utf-8", "content-disposition": 'attachment; filename="transaksjoner.csv"' } });
}

export function handleTransactions(api: ApiRequest, rest: string[]): Response {
  const today = osloDateOf(api.ctx.now());
  const ledger = api.ctx.ledger(api.family.personId);
  if (api.request.method !== "GET") return errorEnvelope(405, "method.not.allowed", "Method not allowed");
  if (rest.length === 1 && rest[0] === "export") return handleExport(api, ledger, today);
  if (negotiateVersion(api.request.headers.get("accept"), [1]) === null) {
    return errorEnvelope(406, "not.acceptable", "Accept must be application/vnd.sparebank1.v1+json");
  }
  const ok = (body: unknown) => bankJson(body, 200, vndContentType(1));
  const idOf = (stableKey: string) => transactionId(api.ctx.seed, api.family.id, stableKey);
  const gaps = withheld(api, ledger);

  if (rest.length === 0 || (rest.length === 1 && rest[0] === "classified")) {
    const query = parseTransactionQuery(api.url.searchParams, today);
    if ("error" in query) return errorEnvelope(400, "validation.error", query.error);
    const denied = checkAccountKeys(api, ledger, query.accountKeys);
    if (denied) return denied;
    const classified = rest.length === 1;
    const merchantLogo = classified && api.url.searchParams.get("enrichWithMerchantLogo") === "true";
    const rows = selectRows(ledger, gaps, query, today);
    const serialized = rows.map((row) => serializeTransaction(row, idOf(row.stableKey), today, { merchantLogo }));
    let transactions = classified ? serialized.map((json, index) => classify(rows[index] as SandboxTransaction, json)) : serialized;
    if (api.unreadableRow) transactions = withUnreadableRow(transactions, classified);
    if (api.oddRows) {
      const odd = (n: number) => idOf(`odd|${api.ctx.now()}|${n}`);
      transactions = withOddRows(transactions, serialized[0], [odd(0), odd(1), odd(2)], classified);
    }
    return ok({ transactions, errors: answerErrors(gaps) });
  }

  const [id, details, classified] = rest;
  if (id && details === "details" && (rest.length === 2 || (rest.length === 3 && classified === "classified"))) {
    const row = ledger.transactions.find((candidate) => idOf(candidate.stableKey) === id);
    if (!row || !isShown(row, gaps, today)) return errorEnvelope(404, "transaction.not.found", "Transaction not found");
    const serialized = serializeTransaction(row, id, today, { stringDates: true });
    return ok(rest.length === 3 ? classify(row, serialized) : serialized);
  }
  return errorEnvelope(404, "resource.not.found", "No such resource");
}
