import "server-only";
import type { InStatement } from "@libsql/client";
import { SaldoError } from "../errors/saldo-error";
import { decodeCursor, encodeCursor, type TransactionFilter } from "../transactions/transaction-filter";
import { batchedRead } from "./batched-read";
import { toListedRow, transactionListStatement } from "./transaction-list-sql";

/** Keyset pagination, newest first: stable under inserts and fast at any depth. One statement, sharing the round trip of the reads asked for beside it. */
export async function listTransactions(userId: string, filter: TransactionFilter) {
  return (await listTransactionsWith(userId, filter, [])).page;
}

/** A page of the list and the answers of `others` (more reads of the same view), all in one round trip. */
export async function listTransactionsWith(userId: string, filter: TransactionFilter, others: readonly InStatement[]) {
  const cursor = filter.cursor ? decodeCursor(filter.cursor) : undefined;
  if (filter.cursor && !cursor) throw new SaldoError("bad_request", 'Invalid query parameter "cursor": not a cursor this API issued.');
  const list = transactionListStatement(userId, filter, cursor, filter.limit + 1);
  const [result, ...rest] = await batchedRead([list, ...others]);
  const rows = result!.rows.map(toListedRow);
  const hasMore = rows.length > filter.limit;
  const items = hasMore ? rows.slice(0, filter.limit) : rows;
  const last = items.at(-1);
  return { page: { items, nextCursor: hasMore && last ? encodeCursor({ bookingDate: last.bookingDate, id: last.id }) : null }, others: rest };
}
