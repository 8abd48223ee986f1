import "server-only";
import { groupCategoryOptions } from "../corrections/category-options";
import type { TransactionFilter } from "../transactions/transaction-filter";
import { bankCategoriesOf, bankCategoriesStatement } from "./bank-categories";
import { listTransactionsWith } from "./transaction-reads";
import { nullableText } from "./nullable-text";

/**
 * Everything the transactions page reads, in one round trip: the first page of the list, the
 * accounts and the bank's categories (with subcategories) for the filters and corrections.
 */
export async function readTransactionsPage(userId: string, filter: TransactionFilter) {
  const { page, others } = await listTransactionsWith(userId, filter, [
    { sql: `SELECT "id", "name", "description" FROM "Account" WHERE "userId" = ? ORDER BY "position"`, args: [userId] },
    bankCategoriesStatement(userId),
  ]);
  const [accounts, categories] = others;
  const options = groupCategoryOptions(bankCategoriesOf(categories!));
  return {
    page,
    accounts: accounts!.rows.map((row) => ({ id: String(row.id), name: nullableText(row.description) ?? String(row.name) })),
    categories: options.map((option) => ({ code: option.main, label: option.mainLabel })),
    options,
  };
}
