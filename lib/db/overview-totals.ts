import "server-only";
import type { ResultSet } from "@libsql/client";
import type { OverviewTotals, overviewTotalsRanges } from "../insights/series-from-totals";
import type { InsightRow, InsightSnapshot } from "../insights/types";
import { addMonths, dayOfMonth, daysInMonth, monthIndex } from "../insights/calendar";
import { bookedNetsStatement, netsOf, snapshotsOf, snapshotsStatement } from "./balance-totals";
import { readDailyTotals } from "./daily-totals";
import { packedRows, unpackedRows } from "./packed-rows";
import { nullableText } from "./nullable-text";

type Ranges = ReturnType<typeof overviewTotalsRanges>;

const MERCHANT_COLUMNS = ["merchant", "total", "count"] as const;

/**
 * Money out per merchant over the days [from, to]: whole months from the monthly totals, and the
 * days of the window's first and last month from the daily ones. Of each of those two months, the
 * fewer days are read: the days inside the window are added, or the month is taken whole and the
 * days outside it are taken back out (a window that starts on the 4th reads 3 days, not 28), so no
 * read spans more than half a month of days, which hold up to one row per merchant each. Every
 * merchant of the period (hundreds), so packed; the top ten are picked in JavaScript, which groups
 * names by a Unicode lower case that SQLite's lower() does not make.
 */
function merchantTotalsStatement(userId: string, includeTransfers: boolean, from: string, to: string) {
  const [firstMonth, lastMonth] = [from.slice(0, 7), to.slice(0, 7)];
  const transfers = includeTransfers ? 1 : 0;
  // As the monthly totals' refresh bounds a month (lib/db/daily-totals-sql.ts): a bank's date such as
  // 2026-04-31 is in its month there, so it is here too.
  const monthEnd = (month: string) => `${month}-31`;
  const split = firstMonth !== lastMonth;
  // Whole when fewer of the month's days fall outside the window than inside it.
  const firstWhole = split && dayOfMonth(from) - 1 < daysInMonth(monthIndex(firstMonth)) - dayOfMonth(from) + 1;
  const lastWhole = split && daysInMonth(monthIndex(lastMonth)) - dayOfMonth(to) < dayOfMonth(to);
  const [lowMonth, highMonth] = [firstWhole ? firstMonth : addMonths(firstMonth, 1), lastWhole ? lastMonth : addMonths(lastMonth, -1)];
  const added: [string, string][] = !split ? [[from, to]] : [...(firstWhole ? [] : [[from, monthEnd(firstMonth)] as [string, string]]), ...(lastWhole ? [] : [[`${lastMonth}-01`, to] as [string, string]])];
  // Days before `from` and after `to` of a month taken whole ("day" < from, "day" > to).
  const removed: { sql: string; args: string[] }[] = [
    ...(firstWhole ? [{ sql: `("day" >= ? AND "day" < ?)`, args: [`${firstMonth}-01`, from] }] : []),
    ...(lastWhole ? [{ sql: `("day" > ? AND "day" <= ?)`, args: [to, monthEnd(lastMonth)] }] : []),
  ];
  const days = (ranges: readonly { sql: string; args: string[] }[], sign: "" | "-") => ({
    sql: `SELECT "merchant", ${sign === "-" ? `"outSum", -"outCount"` : `-"outSum", "outCount"`} FROM "DailyMerchantTotal"
       WHERE "userId" = ? AND ("isTransfer" = 0 OR ?) AND (${ranges.map((range) => range.sql).join(" OR ")}) AND ${IN_KRONER}`,
    args: [userId, transfers, ...ranges.flatMap((range) => range.args)],
  });
  const parts = [
    ...(added.length ? [days(added.map(([start, end]) => ({ sql: `("day" >= ? AND "day" <= ?)`, args: [start, end] })), "")] : []),
    ...(removed.length ? [days(removed, "-")] : []),
  ];
  // The monthly totals hold every account; an account in another currency (few rows) is taken back
  // out, read through its account so that an owner with none reads no day at all.
  return packedRows(
    `SELECT "merchant", SUM("total") AS "total", SUM("count") AS "count" FROM (
       SELECT "merchant", -"outSum" AS "total", "outCount" AS "count" FROM "MonthlyMerchantTotal"
       WHERE "userId" = ? AND ("isTransfer" = 0 OR ?) AND "month" >= ? AND "month" <= ?
       UNION ALL
       SELECT d."merchant", d."outSum", -d."outCount" FROM "Account" a JOIN "DailyMerchantTotal" d ON d."accountId" = a."id"
       WHERE a."userId" = ? AND a."currencyCode" <> 'NOK' AND (d."isTransfer" = 0 OR ?) AND d."day" >= ? AND d."day" <= ?
       ${parts.map((part) => `UNION ALL\n       ${part.sql}`).join("\n       ")}
     ) GROUP BY "merchant" HAVING SUM("count") > 0`,
    MERCHANT_COLUMNS,
    [userId, transfers, lowMonth, highMonth, userId, transfers, `${lowMonth}-01`, monthEnd(highMonth), ...parts.flatMap((part) => part.args)],
  );
}

// The overview's flows are in kroner: rows of an account in another currency are in its own money
// and cannot be added in (its balance line leaves them out the same way).
const IN_KRONER = `"accountId" IN (SELECT "id" FROM "Account" WHERE "currencyCode" = 'NOK')`;

const FLOWS = `"userId" = ? AND "excluded" = 0 AND ("isTransfer" = 0 OR ?) AND ${IN_KRONER}`;

/**
 * Everything the overview's series need, from the per-day totals (O(days), whatever the history's
 * size) and the balance snapshots, in one batch: one round trip.
 */
export async function readOverviewTotals(userId: string, ranges: Ranges, includeTransfers: boolean): Promise<{ totals: OverviewTotals; snapshots: InsightSnapshot[] }> {
  const transfers = includeTransfers ? 1 : 0;
  const [booked, cashFlow, categories, daySpending, merchants, snapshots] = await readDailyTotals([
    bookedNetsStatement(userId, ranges.balance.after, ranges.balance.to),
    {
      sql: `SELECT substr("day", 1, 7) AS "month", SUM("inSum") AS "income", -SUM("outSum") AS "spending" FROM "DailyCategoryTotal"
            WHERE ${FLOWS} AND "day" >= ? AND "day" < ? GROUP BY 1`,
      args: [userId, transfers, ranges.cashFlow.from, ranges.cashFlow.before],
    },
    {
      sql: `SELECT "categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel", -SUM("outSum") AS "total", SUM("outCount") AS "count" FROM "DailyCategoryTotal"
            WHERE ${FLOWS} AND "outCount" > 0 AND "day" >= ? AND "day" < ?
            GROUP BY "categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel" ORDER BY MIN("day")`,
      args: [userId, transfers, ranges.categories.from, ranges.categories.before],
    },
    {
      sql: `SELECT "day", -SUM("outSum") AS "total" FROM "DailyCategoryTotal"
            WHERE ${FLOWS} AND "outCount" > 0 AND "day" >= ? AND "day" < ? GROUP BY "day"`,
      args: [userId, transfers, ranges.comparison.from, ranges.comparison.before],
    },
    merchantTotalsStatement(userId, includeTransfers, ranges.merchants.from, ranges.merchants.to),
    snapshotsStatement(userId, ranges.merchants.from),
  ]);
  return {
    totals: {
      booked: netsOf(booked!),
      cashFlow: cashFlow!.rows.map((row) => ({ month: String(row.month), income: Number(row.income), spending: Number(row.spending) })),
      categories: categories!.rows.map((row) => ({
        categoryMain: nullableText(row.categoryMain),
        categoryMainLabel: nullableText(row.categoryMainLabel),
        categorySub: nullableText(row.categorySub),
        categorySubLabel: nullableText(row.categorySubLabel),
        total: Number(row.total),
        count: Number(row.count),
      })),
      daySpending: daySpending!.rows.map((row) => ({ day: String(row.day), total: Number(row.total) })),
      merchants: unpackedRows(merchants!, MERCHANT_COLUMNS).map((row) => ({ merchant: String(row.merchant), total: Number(row.total), count: Number(row.count) })),
    },
    snapshots: snapshotsOf(snapshots!),
  };
}

/**
 * Money out per month and effective category from `fromMonth` on, in kroner accounts, own transfers
 * and rows left out of the charts not counted, as one row per month and category holding the month's total (dated on
 * the category's first day of spending that month, so the first label seen names it, as with rows).
 * This is what budgets and their suggestions read of the rows: totals and labels, never counts.
 */
export async function monthlySpendingRows(userId: string, fromMonth: string): Promise<InsightRow[]> {
  const [{ rows }] = (await readDailyTotals([
    {
      sql: `SELECT MIN("day") AS "day", "categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel", SUM("outSum") AS "amount" FROM "DailyCategoryTotal"
            WHERE "userId" = ? AND "excluded" = 0 AND "isTransfer" = 0 AND "outCount" > 0 AND "day" >= ? AND ${IN_KRONER}
            GROUP BY substr("day", 1, 7), "categoryMain", "categoryMainLabel", "categorySub", "categorySubLabel" ORDER BY 1`,
      args: [userId, `${fromMonth}-01`],
    },
  ])) as [ResultSet];
  return rows.map((row, index) => ({
    id: `month-total:${index}`,
    accountId: "",
    bookingDate: String(row.day),
    amount: Number(row.amount),
    status: "BOOKED",
    categoryMain: nullableText(row.categoryMain),
    categoryMainLabel: nullableText(row.categoryMainLabel),
    categorySub: nullableText(row.categorySub),
    categorySubLabel: nullableText(row.categorySubLabel),
    merchantName: null,
    description: "",
    isOwnTransfer: false,
  }));
}
