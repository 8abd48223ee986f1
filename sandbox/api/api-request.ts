import type { BankContext } from "../context";
import type { FamilyRecord } from "../state/state-types";

export interface ApiRequest {
  ctx: BankContext;
  request: Request;
  url: URL;
  /** Path relative to basePath, e.g. /personal/banking/accounts. */
  path: string;
  family: FamilyRecord;
  /** Fault "partial": leave credit-card data out and report CREDIT_ACCOUNTS_FAILED. */
  partial: boolean;
}

export function creditAccountsFailed(): { code: string; message: string; traceId: string; httpCode: number } {
  return { code: "CREDIT_ACCOUNTS_FAILED", message: "Could not fetch credit card accounts", traceId: "sandbox-partial", httpCode: 500 };
}
