import "server-only";
import { db } from "./client";

/** Each account's reconciliation base and its daily snapshots (oldest first), in two queries. */
export async function reconciliationInputs(userId: string) {
  const [accounts, snapshots] = await Promise.all([
    db().account.findMany({ where: { userId }, select: { id: true, reconcileBase: true }, orderBy: { position: "asc" } }),
    db().balanceSnapshot.findMany({
      where: { account: { userId } },
      select: { accountId: true, date: true, balance: true, ledgerSum: true },
      orderBy: { date: "asc" },
    }),
  ]);
  return accounts.map((account) => ({
    accountId: account.id,
    base: account.reconcileBase === null ? null : Number(account.reconcileBase),
    snapshots: snapshots
      .filter((snapshot) => snapshot.accountId === account.id)
      .map((snapshot) => ({ date: snapshot.date, balance: Number(snapshot.balance), ledgerSum: snapshot.ledgerSum === null ? null : Number(snapshot.ledgerSum) })),
  }));
}
