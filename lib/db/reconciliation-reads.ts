import "server-only";
import { batchedRead } from "./batched-read";

/** Each account's reconciliation base and its daily snapshots (oldest first), in the page's batch. */
export async function reconciliationInputs(userId: string) {
  const [accounts, snapshots] = await batchedRead([
    { sql: `SELECT "id", "reconcileBase" FROM "Account" WHERE "userId" = ? ORDER BY "position" ASC`, args: [userId] },
    {
      sql: `SELECT s."accountId", s."date", s."balance", s."ledgerSum" FROM "BalanceSnapshot" s JOIN "Account" a ON a."id" = s."accountId"
            WHERE a."userId" = ? ORDER BY s."date" ASC`,
      args: [userId],
    },
  ]);
  return accounts!.rows.map((account) => ({
    accountId: String(account.id),
    base: account.reconcileBase === null ? null : Number(account.reconcileBase),
    snapshots: snapshots!.rows
      .filter((snapshot) => snapshot.accountId === account.id)
      .map((snapshot) => ({ date: String(snapshot.date), balance: Number(snapshot.balance), ledgerSum: snapshot.ledgerSum === null ? null : Number(snapshot.ledgerSum) })),
  }));
}
