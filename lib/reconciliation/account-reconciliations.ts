import "server-only";
import { reconciliationInputs } from "../db/reconciliation-reads";
import { reconcileAccount, type Reconciliation } from "./reconcile-account";

/** Per account: does the stored ledger explain the bank's balance (read from the store only). */
export async function accountReconciliations(userId: string): Promise<Map<string, Reconciliation>> {
  const inputs = await reconciliationInputs(userId);
  return new Map(inputs.map((input) => [input.accountId, reconcileAccount(input.base, input.snapshots)]));
}
