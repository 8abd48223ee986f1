import "server-only";
import { effectiveRecurringRow } from "../corrections/effective-recurring-row";
import type { RecurringRow } from "../recurring/types";
import { db } from "./client";

/**
 * Every stored row of a user, reduced to what series detection and the forecast read, in date order,
 * with the owner's rules and corrections applied (an excluded row is left out).
 */
export async function recurringRows(userId: string): Promise<RecurringRow[]> {
  // Effects are read by a join on the user, not an include: an include sends one parameter per row.
  const [rows, effects] = await Promise.all([
    db().transaction.findMany({
      where: { userId },
      select: {
        id: true,
        accountId: true,
        bookingDate: true,
        amount: true,
        status: true,
        description: true,
        merchantName: true,
        remoteAccountNumber: true,
        remoteAccountName: true,
        categoryMain: true,
        isOwnTransfer: true,
        recurring: true,
        subscription: true,
      },
      orderBy: { bookingDate: "asc" },
    }),
    db().transactionEffect.findMany({ where: { userId }, select: { transactionId: true, merchantName: true, categoryMain: true, isTransfer: true, excluded: true } }),
  ]);
  const effectOf = new Map(effects.map((effect) => [effect.transactionId, effect]));
  return rows.flatMap((row) => {
    const effective = effectiveRecurringRow({ ...row, amount: Number(row.amount), status: row.status === "PENDING" ? "PENDING" : "BOOKED" }, effectOf.get(row.id) ?? null);
    return effective ? [effective] : [];
  });
}
