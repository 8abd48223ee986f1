import "server-only";
import { SaldoError } from "../errors/saldo-error";
import { hasLikeWildcard, searchMatcher } from "../transactions/search-match";
import { searchSpellings } from "../transactions/search-spellings";
import { decodeCursor, encodeCursor, type TransactionFilter } from "../transactions/transaction-filter";
import { db } from "./client";
import { withNumbers } from "./money-numbers";
import type { Prisma } from "./generated/client";

export function transactionWhere(userId: string, filter: Omit<TransactionFilter, "cursor" | "limit">): Prisma.TransactionWhereInput {
  const and: Prisma.TransactionWhereInput[] = [{ userId }];
  if (filter.from) and.push({ bookingDate: { gte: filter.from } });
  if (filter.to) and.push({ bookingDate: { lte: filter.to } });
  if (filter.account) and.push({ accountId: filter.account });
  if (filter.category) and.push(categoryWhere(filter.category === "none" ? null : filter.category));
  if (filter.status) and.push({ status: filter.status });
  if (filter.direction === "in") and.push({ amount: { gt: 0 } });
  if (filter.direction === "out") and.push({ amount: { lt: 0 } });
  if (filter.transfers === "exclude") and.push({ OR: [{ effect: { is: { isTransfer: false } } }, { effect: { is: null }, isOwnTransfer: false }] });
  // Amount range on the absolute value: "between 100 and 500 kr" means either direction.
  if (filter.min !== undefined) and.push({ OR: [{ amount: { gte: filter.min } }, { amount: { lte: -filter.min } }] });
  if (filter.max !== undefined) and.push({ amount: { gte: -filter.max, lte: filter.max } });
  if (filter.q) {
    and.push({
      OR: searchSpellings(filter.q).flatMap((q) => [
        { description: { contains: q } },
        { effect: { is: null }, merchantName: { contains: q } },
        { effect: { is: { merchantName: { contains: q } } } },
        { effect: { is: { tags: { contains: q } } } },
        { correction: { is: { note: { contains: q } } } },
        { kidOrMessage: { contains: q } },
      ]),
    });
  }
  return { AND: and };
}

/** The effective category (rules and corrections applied), or a split part's; null = uncategorised. */
function categoryWhere(main: string | null): Prisma.TransactionWhereInput {
  return {
    OR: [
      { splits: { none: {} }, effect: { is: { categoryMain: main } } },
      { splits: { none: {} }, effect: { is: null }, categoryMain: main },
      { splits: { some: { categoryMain: main } } },
    ],
  };
}

/** What a list shows beside each row: its account, effective values, corrections and splits. */
export const viewInclude = {
  account: { select: { name: true, description: true, accountNumber: true } },
  effect: true,
  correction: true,
  splits: { orderBy: { position: "asc" } },
} satisfies Prisma.TransactionInclude;

export function toViewRow(row: Prisma.TransactionGetPayload<{ include: typeof viewInclude }>) {
  return { ...withNumbers(row), splits: row.splits.map(withNumbers) };
}

const EXACT_SEARCH_BATCH = 200;

/** Keyset pagination, newest first: stable under inserts and fast at any depth. */
export async function listTransactions(userId: string, filter: TransactionFilter) {
  const cursor = filter.cursor ? decodeCursor(filter.cursor) : undefined;
  if (filter.cursor && !cursor) throw new SaldoError("bad_request", 'Invalid query parameter "cursor": not a cursor this API issued.');
  const where = transactionWhere(userId, filter);
  const read = (after: { bookingDate: string; id: string } | undefined, take: number) =>
    db().transaction.findMany({
      where: after ? { AND: [where, { OR: [{ bookingDate: { lt: after.bookingDate } }, { bookingDate: after.bookingDate, id: { lt: after.id } }] }] } : where,
      orderBy: [{ bookingDate: "desc" }, { id: "desc" }],
      take,
      include: viewInclude,
    });
  let page: Awaited<ReturnType<typeof read>>;
  if (filter.q && hasLikeWildcard(filter.q)) {
    // LIKE reads "%" and "_" as wildcards, and Prisma's contains adds no ESCAPE clause: the database
    // answers a superset, so rows are read in batches and kept only where the text really occurs.
    const matches = searchMatcher(filter.q);
    page = [];
    let after = cursor;
    while (page.length <= filter.limit) {
      const batch = await read(after, EXACT_SEARCH_BATCH);
      page.push(...batch.filter((row) => matches([row.description, row.effect?.merchantName ?? row.merchantName, row.effect?.tags ?? null, row.correction?.note ?? null, row.kidOrMessage])));
      if (batch.length < EXACT_SEARCH_BATCH) break;
      after = batch.at(-1);
    }
    page = page.slice(0, filter.limit + 1);
  } else {
    page = await read(cursor, filter.limit + 1);
  }
  const hasMore = page.length > filter.limit;
  const items = (hasMore ? page.slice(0, filter.limit) : page).map(toViewRow);
  const last = items.at(-1);
  return { items, nextCursor: hasMore && last ? encodeCursor({ bookingDate: last.bookingDate, id: last.id }) : null };
}
