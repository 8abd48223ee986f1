import { listTransactions } from "@/lib/db/transaction-reads";
import { apiRoute, json, parseParams } from "@/lib/http/api-route";
import { transactionFilterSchema } from "@/lib/transactions/transaction-filter";

export const GET = apiRoute(async ({ request, userId }) => {
  const filter = parseParams(transactionFilterSchema, request);
  const page = await listTransactions(userId, filter);
  return json({
    transactions: page.items.map((row) => ({
      id: row.id,
      accountId: row.accountId,
      accountName: row.account.description ?? row.account.name,
      status: row.status,
      bookingDate: row.bookingDate,
      interestDate: row.interestDate,
      amount: row.amount,
      currencyCode: row.currencyCode,
      currencyAmount: row.currencyAmount,
      description: row.description,
      merchantName: row.merchantName,
      typeText: row.typeText,
      remoteAccountNumber: row.remoteAccountNumber,
      remoteAccountName: row.remoteAccountName,
      kidOrMessage: row.kidOrMessage,
      category: row.categoryMain ? { main: row.categoryMain, mainLabel: row.categoryMainLabel, sub: row.categorySub, subLabel: row.categorySubLabel } : null,
      isOwnTransfer: row.isOwnTransfer,
    })),
    nextCursor: page.nextCursor,
  });
});
