import type { TransactionListText } from "../transactions/transaction-view";
import type { Messages } from "./messages";

export function transactionListText(t: Messages): TransactionListText {
  return {
    pending: t.pending,
    booked: t.booked,
    category: t.category,
    merchant: t.merchant,
    bookingDate: t.bookingDate,
    interestDate: t.interestDate,
    remoteAccount: t.remoteAccount,
    message: t.message,
    type: t.type,
    account: t.account,
    status: t.status,
    ownTransfer: t.ownTransfer,
    uncategorised: t.uncategorised,
    details: t.details,
  };
}
