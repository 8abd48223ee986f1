// The SQL that keeps DailyCategoryTotal, DailyMerchantTotal and MonthlyMerchantTotal equal to the rows (see prisma/schema.prisma).
// Plain strings, free of server-only, so the migration's copy, the store and the benches' seeding share them.

/** The rows of the dirty (account, day) keys as the charts see them: effect values over the bank's, one row per split part. */
const EFFECTIVE_ROWS = `
  SELECT
    t."userId" AS "userId",
    t."accountId" AS "accountId",
    t."bookingDate" AS "day",
    t."status" <> 'PENDING' AS "booked",
    CASE WHEN e."transactionId" IS NULL THEN t."isOwnTransfer" ELSE e."isTransfer" END AS "isTransfer",
    COALESCE(e."excluded", 0) AS "excluded",
    CASE WHEN s."id" IS NOT NULL THEN s."categoryMain" WHEN e."transactionId" IS NOT NULL THEN e."categoryMain" ELSE t."categoryMain" END AS "categoryMain",
    CASE WHEN s."id" IS NOT NULL THEN s."categoryMainLabel" WHEN e."transactionId" IS NOT NULL THEN e."categoryMainLabel" ELSE t."categoryMainLabel" END AS "categoryMainLabel",
    CASE WHEN s."id" IS NOT NULL THEN s."categorySub" WHEN e."transactionId" IS NOT NULL THEN e."categorySub" ELSE t."categorySub" END AS "categorySub",
    CASE WHEN s."id" IS NOT NULL THEN s."categorySubLabel" WHEN e."transactionId" IS NOT NULL THEN e."categorySubLabel" ELSE t."categorySubLabel" END AS "categorySubLabel",
    COALESCE(CASE WHEN e."transactionId" IS NULL THEN t."merchantName" ELSE e."merchantName" END, t."description") AS "merchant",
    COALESCE(s."amount", t."amount") AS "amount"
  FROM "DailyTotalDirty" d
  JOIN "Transaction" t ON t."accountId" = d."accountId" AND t."bookingDate" = d."day"
  LEFT JOIN "TransactionEffect" e ON e."transactionId" = t."id"
  LEFT JOIN "TransactionSplit" s ON s."transactionId" = t."id"`;

const DIRTY_KEY = `("accountId", "day") IN (SELECT "accountId", "day" FROM "DailyTotalDirty")`;

export const ANY_DIRTY = `SELECT EXISTS (SELECT 1 FROM "DailyTotalDirty") AS "dirty"`;

/**
 * The months of the marked days, summed again from the daily merchant totals for every user (a mark
 * names an account, which may be gone; an index seek per user and month).
 */
const MONTHLY_MERCHANTS = [
  `DELETE FROM "MonthlyMerchantTotal" WHERE "userId" IN (SELECT "id" FROM "User") AND "month" IN (SELECT DISTINCT substr("day", 1, 7) FROM "DailyTotalDirty")`,
  `INSERT INTO "MonthlyMerchantTotal" ("userId", "month", "isTransfer", "merchant", "outSum", "outCount")
   SELECT m."userId", d."month", m."isTransfer", m."merchant", SUM(m."outSum"), SUM(m."outCount")
   FROM (SELECT DISTINCT substr("day", 1, 7) AS "month" FROM "DailyTotalDirty") d
   JOIN "User" u
   JOIN "DailyMerchantTotal" m ON m."userId" = u."id" AND m."day" >= d."month" || '-01' AND m."day" <= d."month" || '-31'
   GROUP BY m."userId", d."month", m."isTransfer", m."merchant"`,
];

/** Recomputes every dirty (account, day) key from its rows, and the months they are in, then clears the marks. */
export function refreshDailyTotalsStatements(): string[] {
  return [
    `DELETE FROM "DailyCategoryTotal" WHERE ${DIRTY_KEY}`,
    `DELETE FROM "DailyMerchantTotal" WHERE ${DIRTY_KEY}`,
    `INSERT INTO "DailyCategoryTotal" ("userId", "accountId", "day", "booked", "isTransfer", "excluded", "categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel", "inSum", "inCount", "outSum", "outCount")
     SELECT "userId", "accountId", "day", "booked", "isTransfer", "excluded", "categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel",
       SUM(CASE WHEN "amount" > 0 THEN "amount" ELSE 0 END), SUM("amount" > 0), SUM(CASE WHEN "amount" < 0 THEN "amount" ELSE 0 END), SUM("amount" < 0)
     FROM (${EFFECTIVE_ROWS})
     GROUP BY "userId", "accountId", "day", "booked", "isTransfer", "excluded", "categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel"`,
    `INSERT INTO "DailyMerchantTotal" ("userId", "accountId", "day", "isTransfer", "merchant", "outSum", "outCount")
     SELECT "userId", "accountId", "day", "isTransfer", "merchant", SUM("amount"), COUNT(*)
     FROM (${EFFECTIVE_ROWS})
     WHERE "amount" < 0 AND "excluded" = 0
     GROUP BY "userId", "accountId", "day", "isTransfer", "merchant"`,
    ...MONTHLY_MERCHANTS,
    `DELETE FROM "DailyTotalDirty"`,
  ];
}

/** Rebuilds every total from the rows (the migration, and benches that seed rows by SQL). */
export function rebuildDailyTotalsStatements(): string[] {
  return [
    `DELETE FROM "DailyCategoryTotal"`,
    `DELETE FROM "DailyMerchantTotal"`,
    `DELETE FROM "MonthlyMerchantTotal"`,
    `INSERT OR IGNORE INTO "DailyTotalDirty" ("accountId", "day") SELECT DISTINCT "accountId", "bookingDate" FROM "Transaction"`,
    ...refreshDailyTotalsStatements(),
  ];
}
