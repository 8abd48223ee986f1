import { addDays, parseIsoDate } from "../data/oslo-date";

export type TransactionSource = "RECENT" | "HISTORIC" | "ALL";

export interface TransactionQuery {
  accountKeys: string[];
  fromDate: string;
  toDate: string;
  rowLimit: number;
  source: TransactionSource;
}

const DEFAULT_ROW_LIMIT = 1000;
const MAX_ROW_LIMIT = 10_000;
const DEFAULT_WINDOW_DAYS = 30;

export function parseTransactionQuery(params: URLSearchParams, today: string): TransactionQuery | { error: string } {
  const accountKeys = params.getAll("accountKey").filter((key) => key !== "");
  if (accountKeys.length === 0 || params.has("accountKey[]")) return { error: "Field cannot be null" };
  const rawTo = params.get("toDate");
  const rawFrom = params.get("fromDate");
  if (rawTo !== null && !parseIsoDate(rawTo)) return { error: "toDate must be yyyy-MM-dd" };
  if (rawFrom !== null && !parseIsoDate(rawFrom)) return { error: "fromDate must be yyyy-MM-dd" };
  const toDate = rawTo ?? today;
  const fromDate = rawFrom ?? addDays(toDate, -DEFAULT_WINDOW_DAYS);
  if (fromDate > toDate) return { error: "fromDate must not be after toDate" };
  const rawLimit = params.get("rowLimit");
  if (rawLimit !== null && (!/^\d+$/.test(rawLimit) || Number(rawLimit) < 1)) return { error: "rowLimit must be a positive integer" };
  const rowLimit = Math.min(rawLimit === null ? DEFAULT_ROW_LIMIT : Number(rawLimit), MAX_ROW_LIMIT);
  const rawSource = (params.get("source") ?? params.get("transactionSource") ?? "ALL").toUpperCase();
  if (rawSource !== "RECENT" && rawSource !== "HISTORIC" && rawSource !== "ALL") return { error: "source must be RECENT, HISTORIC or ALL" };
  return { accountKeys, fromDate, toDate, rowLimit, source: rawSource };
}
