import "server-only";
import { renewSyncLease } from "../db/sync-runs";
import { SaldoError } from "../errors/saldo-error";
import type { BankSource } from "./bank-source";

/**
 * The bank, called only while this sync still owns its lease: renewed before every call, so a long
 * sync (split windows, a re-fetch) keeps it, and one that lost it stops instead of racing the next.
 */
export function leasedBank(bank: BankSource, userId: string, owner: string, leaseMs: number): BankSource {
  const renew = async () => {
    if (!(await renewSyncLease(userId, owner, new Date(), leaseMs))) {
      throw new SaldoError("conflict", "Another sync took over; this one stopped.");
    }
  };
  return {
    accounts: async () => {
      await renew();
      return bank.accounts();
    },
    transactions: async (query) => {
      await renew();
      return bank.transactions(query);
    },
  };
}
