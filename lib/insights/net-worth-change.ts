import type { BalancePoint } from "./types";

export interface NetWorthChange {
  /** The summed balance at the end of the series (today). */
  now: number;
  /** The balance when this month began (the end of last month's last day), if the series reaches back that far. */
  monthStart: number | null;
  change: number | null;
}

/**
 * The overview's headline from the balance series it already draws: the balance now and how much
 * it moved since the month of `today` began.
 */
export function netWorthChange(balance: readonly BalancePoint[], today: string): NetWorthChange | null {
  const last = balance.at(-1);
  if (!last) return null;
  const monthBegins = `${today.slice(0, 7)}-01`;
  let before: BalancePoint | undefined;
  for (let index = balance.length - 1; index >= 0; index--) {
    if (balance[index]!.date < monthBegins) {
      before = balance[index];
      break;
    }
  }
  if (!before) return { now: last.balance, monthStart: null, change: null };
  return { now: last.balance, monthStart: before.balance, change: last.balance - before.balance };
}
