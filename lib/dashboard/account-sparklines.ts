import "server-only";
import { osloToday } from "../dates/oslo-date";
import { syncedDataVersion } from "../db/sync-runs";
import type { BalancePoint } from "../insights/types";
import { SPARKLINE_POINTS } from "../ui/sparkline-path";
import { accountBalanceHistories } from "./account-balance-history";

/** A year of end-of-day balances per account, as many as the account cards' small lines show (cached per data version). */
export async function accountSparklines(userId: string, accounts: readonly { id: string; balance: number; currencyCode: string }[]): Promise<Map<string, BalancePoint[]>> {
  const dataVersion = (await syncedDataVersion(userId)) ?? "never-synced";
  const today = osloToday();
  // The cards show without their lines rather than not at all when the totals cannot be read.
  const histories = await accountBalanceHistories(userId, accounts.map(({ id, balance, currencyCode }) => ({ id, balance, currencyCode })), dataVersion, today, SPARKLINE_POINTS).catch(() => [] as BalancePoint[][]);
  return new Map(accounts.map((account, index) => [account.id, histories[index] ?? []]));
}
