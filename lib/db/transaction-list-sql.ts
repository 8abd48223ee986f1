import type { InStatement, InValue, Row } from "@libsql/client";
import type { StoredSplit } from "../corrections/effective-insight-rows";
import { foldSearchText } from "../transactions/search-fold";
import type { TransactionCursor, TransactionFilter } from "../transactions/transaction-filter";
import { nullableText } from "./nullable-text";
import { SEARCH_INDEX_MOST_ROWS, SEARCH_INDEX_TABLE, searchIndexPhrase } from "./search-index-sql";

const COLUMNS = `t."id", t."accountId", t."status", t."bookingDate", t."interestDate", t."amount", t."currencyCode", t."foreignCurrency", t."foreignAmount",
  t."description", t."merchantName", t."typeText", t."remoteAccountNumber", t."remoteAccountName", t."kidOrMessage",
  t."categoryMain", t."categoryMainLabel", t."categorySub", t."categorySubLabel", t."isOwnTransfer",
  a."name" AS "accountName", a."description" AS "accountDescription",
  e."transactionId" AS "effectId", e."categoryMain" AS "effectCategoryMain", e."categoryMainLabel" AS "effectCategoryMainLabel",
  e."categorySub" AS "effectCategorySub", e."categorySubLabel" AS "effectCategorySubLabel", e."merchantName" AS "effectMerchantName",
  e."isTransfer" AS "effectIsTransfer", e."excluded" AS "effectExcluded", e."tags" AS "effectTags",
  c."transactionId" AS "correctionId", c."categoryMain" AS "correctionCategoryMain", c."merchantName" AS "correctionMerchantName",
  c."isTransfer" AS "correctionIsTransfer", c."excluded" AS "correctionExcluded", c."note" AS "correctionNote", c."tags" AS "correctionTags",
  CASE WHEN t."categoryKey" IS NULL THEN (SELECT json_group_array(json_array(s."amount", s."categoryMain", s."categoryMainLabel", s."categorySub", s."categorySubLabel"))
     FROM (SELECT * FROM "TransactionSplit" s WHERE s."transactionId" = t."id" ORDER BY s."position") s) END AS "splits"`;

const JOINED = `JOIN "Account" a ON a."id" = t."accountId"
  LEFT JOIN "TransactionEffect" e ON e."transactionId" = t."id"
  LEFT JOIN "TransactionCorrection" c ON c."transactionId" = t."id"`;

interface Condition {
  sql: string;
  args: InValue[];
}

/**
 * One statement for one page of the list: the rows with their account, effective values, the
 * owner's correction and splits, newest first. The filters read columns the indexes hold
 * (searchText and categoryKey are kept by the database's triggers, see derived-columns-sql.ts), so
 * each step of the index scan is decided without reading the row. Only split rows (categoryKey
 * NULL) look up their parts.
 * A search of three characters or more first asks the trigram index (search-index-sql.ts) whether
 * at most `indexedMost` rows may hold it. If so, the statement reads those rows and sorts them;
 * if not, it scans in date order as without the index, where a common word fills the page within
 * the first rows. Both ways are arms of the one statement, and the arm the count rules out finds
 * nothing at its first step.
 */
export function transactionListStatement(
  userId: string,
  filter: Omit<TransactionFilter, "cursor" | "limit">,
  after: TransactionCursor | undefined,
  take: number,
  indexedMost = SEARCH_INDEX_MOST_ROWS,
): InStatement {
  const conditions: Condition[] = [];
  const add = (sql: string, ...args: InValue[]) => conditions.push({ sql, args });
  if (filter.from) add(`t."bookingDate" >= ?`, filter.from);
  if (filter.to) add(`t."bookingDate" <= ?`, filter.to);
  if (filter.account) add(`t."accountId" = ?`, filter.account);
  if (filter.status) add(`t."status" = ?`, filter.status);
  if (filter.direction === "in") add(`t."amount" > 0`);
  if (filter.direction === "out") add(`t."amount" < 0`);
  if (filter.transfers === "exclude") add(`COALESCE(e."isTransfer", t."isOwnTransfer") = 0`);
  // Amount range on the absolute value: "between 100 and 500 kr" means either direction.
  if (filter.min !== undefined) add(`(t."amount" >= ? OR t."amount" <= ?)`, filter.min, -filter.min);
  if (filter.max !== undefined) add(`t."amount" BETWEEN ? AND ?`, -filter.max, filter.max);
  // instr() finds the text as typed: no wildcards, unlike LIKE.
  const folded = filter.q ? foldSearchText(filter.q) : null;
  if (folded) add(`instr(t."searchText", ?) > 0`, folded);
  if (after) add(`(t."bookingDate" < ? OR (t."bookingDate" = ? AND t."id" < ?))`, after.bookingDate, after.bookingDate, after.id);

  // With a category, two index scans merged, newest first: rows whose effective category matches,
  // and split rows with a part in the category (an OR in one scan would read every row).
  const none = filter.category === "none";
  const categoryArms: Condition[][] = filter.category
    ? [
        [{ sql: `t."categoryKey" = ?`, args: [none ? "" : filter.category] }],
        [
          { sql: `t."categoryKey" IS NULL`, args: [] },
          { sql: `EXISTS (SELECT 1 FROM "TransactionSplit" s WHERE s."transactionId" = t."id" AND s."categoryMain" IS ?)`, args: [none ? null : filter.category] },
        ],
      ]
    : [[]];
  const phrase = folded ? searchIndexPhrase(folded) : null;
  const scanned: Source = { sql: `"Transaction" t`, user: phrase ? userUnlessFew(userId) : { sql: `t."userId" = ?`, args: [userId] } };
  const sources = phrase ? [indexedSource(userId, phrase, indexedMost), scanned] : [scanned];
  const selects = sources.flatMap((source) => categoryArms.map((arm) => select(source, [source.user, ...arm, ...conditions])));
  if (selects.length === 1) {
    const { sql, args } = selects[0]!;
    return { sql: `${sql} ORDER BY t."bookingDate" DESC, t."id" DESC LIMIT ?`, args: [...args, take] };
  }
  const guard = phrase ? searchGuard(phrase, indexedMost) : { sql: "", args: [] };
  // (4 and 1: bookingDate and id.)
  return {
    sql: `${guard.sql}${selects.map((part) => part.sql).join(" UNION ALL ")} ORDER BY 4 DESC, 1 DESC LIMIT ?`,
    args: [...guard.args, ...selects.flatMap((part) => part.args), take],
  };
}

/** Where an arm's rows come from, and its condition on the owner. */
interface Source {
  sql: string;
  args?: InValue[];
  user: Condition;
}

function select(source: Source, conditions: Condition[]) {
  return {
    sql: `SELECT ${COLUMNS} FROM ${source.sql} ${JOINED} WHERE ${conditions.map((condition) => condition.sql).join(" AND ")}`,
    args: [...(source.args ?? []), ...conditions.flatMap((condition) => condition.args)],
  };
}

/** One row: whether the index names at most `most` rows for the phrase (it reads no further than one more). */
function searchGuard(phrase: string, most: number): Condition {
  return {
    sql: `WITH "searchGuard" AS MATERIALIZED (SELECT count(*) <= ? AS "few" FROM (SELECT 1 FROM "${SEARCH_INDEX_TABLE}" WHERE "${SEARCH_INDEX_TABLE}" MATCH ? LIMIT ?)) `,
    args: [most, phrase, most + 1],
  };
}

/** The rows the index names, looked up one by one (CROSS JOIN keeps the index outermost); none when they are many. */
function indexedSource(userId: string, phrase: string, most: number): Source {
  return {
    sql: `(SELECT rowid AS "candidate" FROM "${SEARCH_INDEX_TABLE}" WHERE "${SEARCH_INDEX_TABLE}" MATCH ? LIMIT (SELECT CASE WHEN "few" THEN ? ELSE 0 END FROM "searchGuard")) m CROSS JOIN "Transaction" t`,
    args: [phrase, most],
    user: { sql: `t.rowid = m."candidate" AND t."userId" = ?`, args: [userId] },
  };
}

/** The date-ordered scan seeks the owner's rows, or NULL (so nothing) when the index names few. */
function userUnlessFew(userId: string): Condition {
  return { sql: `t."userId" = (SELECT CASE WHEN "few" THEN NULL ELSE ? END FROM "searchGuard")`, args: [userId] };
}

/** The splits column: a JSON array of [amount, main, mainLabel, sub, subLabel], in order. */
function parseSplits(json: string | null): StoredSplit[] {
  if (!json) return [];
  return (JSON.parse(json) as [number, string | null, string | null, string | null, string | null][]).map(([amount, categoryMain, categoryMainLabel, categorySub, categorySubLabel]) => ({
    amount: Number(amount),
    categoryMain,
    categoryMainLabel,
    categorySub,
    categorySubLabel,
  }));
}
const flag = (value: unknown) => (value === null || value === undefined ? null : Boolean(Number(value)));

/** A row of transactionListStatement as the list's stored shape (what toTransactionView reads). */
export function toListedRow(row: Row) {
  return {
    id: String(row.id),
    accountId: String(row.accountId),
    status: String(row.status),
    bookingDate: String(row.bookingDate),
    interestDate: nullableText(row.interestDate),
    amount: Number(row.amount),
    currencyCode: String(row.currencyCode),
    foreignCurrency: nullableText(row.foreignCurrency),
    foreignAmount: row.foreignAmount === null ? null : Number(row.foreignAmount),
    description: String(row.description),
    merchantName: nullableText(row.merchantName),
    typeText: nullableText(row.typeText),
    remoteAccountNumber: nullableText(row.remoteAccountNumber),
    remoteAccountName: nullableText(row.remoteAccountName),
    kidOrMessage: nullableText(row.kidOrMessage),
    categoryMain: nullableText(row.categoryMain),
    categoryMainLabel: nullableText(row.categoryMainLabel),
    categorySub: nullableText(row.categorySub),
    categorySubLabel: nullableText(row.categorySubLabel),
    isOwnTransfer: Boolean(Number(row.isOwnTransfer)),
    account: { name: String(row.accountName), description: nullableText(row.accountDescription) },
    effect:
      row.effectId === null
        ? null
        : {
            categoryMain: nullableText(row.effectCategoryMain),
            categoryMainLabel: nullableText(row.effectCategoryMainLabel),
            categorySub: nullableText(row.effectCategorySub),
            categorySubLabel: nullableText(row.effectCategorySubLabel),
            merchantName: nullableText(row.effectMerchantName),
            isTransfer: Boolean(Number(row.effectIsTransfer)),
            excluded: Boolean(Number(row.effectExcluded)),
            tags: nullableText(row.effectTags),
          },
    correction:
      row.correctionId === null
        ? null
        : {
            categoryMain: nullableText(row.correctionCategoryMain),
            merchantName: nullableText(row.correctionMerchantName),
            isTransfer: flag(row.correctionIsTransfer),
            excluded: flag(row.correctionExcluded),
            note: nullableText(row.correctionNote),
            tags: nullableText(row.correctionTags),
          },
    splits: parseSplits(nullableText(row.splits)),
  };
}

export type ListedRow = ReturnType<typeof toListedRow>;
