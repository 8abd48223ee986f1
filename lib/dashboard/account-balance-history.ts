import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { addDays } from "../dates/oslo-date";
import { insightRows, insightSnapshots } from "../db/insight-reads";
import { balanceOverTime } from "../insights/balance-over-time";
import type { BalancePoint } from "../insights/types";
import { cachedFiguresTag } from "./cached-figures-tag";

interface AccountForHistory {
  id: string;
  balance: number;
  currencyCode: string;
}

/** A year of one account's end-of-day balances, kept like the overview's series (see there). */
export async function accountBalanceHistory(userId: string, account: AccountForHistory, dataVersion: string, today: string): Promise<BalancePoint[]> {
  "use cache";
  cacheLife("days");
  cacheTag(cachedFiguresTag(userId));
  const from = addDays(today, -365);
  const [rows, snapshots] = await Promise.all([insightRows(userId, from, account.id), insightSnapshots(userId, from, account.id)]);
  return balanceOverTime([account], rows, snapshots, from, today, { accountIds: [account.id], currency: account.currencyCode });
}
