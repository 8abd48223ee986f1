import { listTransactions } from "@/lib/db/transaction-reads";
import { apiRoute, json, parseParams } from "@/lib/http/api-route";
import { toTransactionView } from "@/lib/transactions/to-transaction-view";
import { transactionFilterSchema } from "@/lib/transactions/transaction-filter";

export const GET = apiRoute(async ({ request, userId }) => {
  const filter = parseParams(transactionFilterSchema, request);
  const page = await listTransactions(userId, filter);
  return json({ transactions: page.items.map(toTransactionView), nextCursor: page.nextCursor });
});
