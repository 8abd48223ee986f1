import type { BankContext } from "../context";
import type { FamilyRecord } from "../state/state-types";

/** A partial answer: "credit-accounts" leaves credit-card data out, "recent" leaves RECENT rows out. */
export type PartialKind = "credit-accounts" | "recent";

export interface ApiRequest {
  ctx: BankContext;
  request: Request;
  url: URL;
  /** Path relative to basePath, e.g. /personal/banking/accounts. */
  path: string;
  family: FamilyRecord;
  /** Faults "partial" / "partial-recent". */
  partial: PartialKind | null;
  /** Fault "odd-rows": add rows the spec allows but a client cannot store. */
  oddRows: boolean;
  /** Fault "unreadable-row": one real booked row comes without its amount. */
  unreadableRow: boolean;
  /** Fault "no-balance": the accounts list's first account comes without its balances (the spec allows null). */
  noBalance: boolean;
  /** Fault "odd-account": the accounts list's last account comes with a name of the wrong type. */
  oddAccount: boolean;
}

/** The 200-answer `errors` of the published spec: plain strings, not the error envelope's objects. */
export const CREDIT_ACCOUNTS_FAILED = "CREDIT_ACCOUNTS_FAILED";
export const RECENT_TRANSACTIONS_FAILED = "RECENT_TRANSACTIONS_FAILED";
