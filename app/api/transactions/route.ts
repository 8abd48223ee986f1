import { cookies, headers } from "next/headers";
import { listTransactions } from "@/lib/db/transaction-reads";
import { apiRoute, json, parseParams } from "@/lib/http/api-route";
import { INTL_LOCALE } from "@/lib/i18n/messages";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/negotiate-locale";
import { toListedTransaction } from "@/lib/transactions/to-listed-transaction";
import { toTransactionView } from "@/lib/transactions/to-transaction-view";
import { transactionFilterSchema } from "@/lib/transactions/transaction-filter";

export const GET = apiRoute(async ({ request, userId }) => {
  const filter = parseParams(transactionFilterSchema, request);
  // The labels in the language the pages are in (the same choice proxy.ts makes for them).
  const locale = INTL_LOCALE[negotiateLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"))];
  const page = await listTransactions(userId, filter);
  return json({ transactions: page.items.map((row) => toListedTransaction(toTransactionView(row), locale)), nextCursor: page.nextCursor });
});
