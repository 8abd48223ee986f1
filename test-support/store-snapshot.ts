import { db } from "../lib/db/client";

/** Everything a failed sync must leave untouched, in a comparable form. */
export async function storeSnapshot(userId: string) {
  const [accounts, transactions, snapshots] = await Promise.all([
    db().account.findMany({ where: { userId }, orderBy: { accountNumber: "asc" } }),
    db().transaction.findMany({ where: { userId }, orderBy: [{ accountId: "asc" }, { id: "asc" }] }),
    db().balanceSnapshot.count({ where: { account: { userId } } }),
  ]);
  return {
    accounts: accounts.map((account) => ({ number: account.accountNumber, balance: Number(account.balance), available: Number(account.availableBalance), syncedAt: account.syncedAt.getTime() })),
    transactions: transactions.map((row) => `${row.accountId}|${row.id}|${row.status}|${row.amount}|${row.bookingDate}|${row.rawDescription}`),
    snapshots,
  };
}

export async function lastRun(userId: string) {
  return db().syncRun.findFirst({ where: { userId }, orderBy: { startedAt: "desc" } });
}

export async function expireStoredAccessToken(userId: string) {
  await db().bankConnection.update({ where: { userId }, data: { accessExpiresAt: new Date(Date.now() - 1000) } });
}

export async function liftBackoff() {
  await db().clientState.updateMany({ data: { backoffUntil: new Date(Date.now() - 1000) } });
}

/** The accounts part of a snapshot without the moment they were written. */
export function balancesOnly(snapshot: Awaited<ReturnType<typeof storeSnapshot>>) {
  return snapshot.accounts.map((account) => ({ number: account.number, balance: account.balance, available: account.available }));
}
