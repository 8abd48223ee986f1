import "server-only";
import type { RecurringRow } from "../recurring/types";
import { db } from "./client";

/** Every stored row of a user, reduced to what series detection and the forecast read, in date order. */
export async function recurringRows(userId: string): Promise<RecurringRow[]> {
  const rows = await db().transaction.findMany({
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
  });
  return rows.map((row) => ({ ...row, amount: Number(row.amount), status: row.status === "PENDING" ? "PENDING" : "BOOKED" }));
}
