import type { BankProblem } from "../domain/types";

/**
 * Which accounts a partial answer leaves incomplete. CREDIT_ACCOUNTS_FAILED names the credit cards;
 * any other problem (RECENT_TRANSACTIONS_FAILED, a cut-off day, an unknown code) may touch every account.
 */
export function incompleteAccounts(problems: readonly BankProblem[], accounts: readonly { id: string; type: string }[]): Set<string> {
  const incomplete = new Set<string>();
  for (const problem of problems) {
    for (const account of accounts) {
      if (problem.code !== "CREDIT_ACCOUNTS_FAILED" || account.type === "CREDITCARD") incomplete.add(account.id);
    }
  }
  return incomplete;
}
