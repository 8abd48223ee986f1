/** The account's history reaches the backfill's target day (or an earlier backfill marked it done). */
export function backfillReached(account: { backfilledFrom: string | null; backfillDone: boolean }, target: string): boolean {
  return account.backfillDone || (account.backfilledFrom !== null && account.backfilledFrom <= target);
}
