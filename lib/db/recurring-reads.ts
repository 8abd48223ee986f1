import "server-only";
import { effectiveRecurringRow } from "../corrections/effective-recurring-row";
import { livePayees } from "../recurring/live-payees";
import type { RecurringRow } from "../recurring/types";
import type { DailyNet } from "../forecast/daily-net";
import { NET_COLUMNS, netsOf } from "./balance-totals";
import { readDailyTotals } from "./daily-totals";
import { packedRows, unpackedRows } from "./packed-rows";
import { readPayeeTallies } from "./payee-tallies";
import { nullableText } from "./nullable-text";

const ROWS = `SELECT t."id", t."accountId", t."bookingDate", t."amount", t."status", t."description", t."merchantName", t."remoteAccountNumber",
  t."remoteAccountName", t."categoryMain", t."isOwnTransfer", t."recurring", t."subscription",
  e."transactionId" AS "effectOf", e."merchantName" AS "effectMerchant", e."categoryMain" AS "effectCategory", e."isTransfer" AS "effectTransfer", e."excluded" AS "effectExcluded"`;
const EFFECT = `LEFT JOIN "TransactionEffect" e ON e."transactionId" = t."id"`;
const ROW_COLUMNS = [
  "id", "accountId", "bookingDate", "amount", "status", "description", "merchantName", "remoteAccountNumber", "remoteAccountName", "categoryMain",
  "isOwnTransfer", "recurring", "subscription", "effectOf", "effectMerchant", "effectCategory", "effectTransfer", "effectExcluded", "tallyId",
] as const;
type Row = Record<(typeof ROW_COLUMNS)[number], unknown>;

const flag = (value: unknown) => Boolean(Number(value));

/** A row as series detection and the forecast see it (an excluded row is left out). */
function recurringRow(row: Row): RecurringRow | null {
  const bank: RecurringRow = {
    id: String(row.id),
    accountId: String(row.accountId),
    bookingDate: String(row.bookingDate),
    amount: Number(row.amount),
    status: row.status === "PENDING" ? "PENDING" : "BOOKED",
    description: String(row.description),
    merchantName: nullableText(row.merchantName),
    remoteAccountNumber: nullableText(row.remoteAccountNumber),
    remoteAccountName: nullableText(row.remoteAccountName),
    categoryMain: nullableText(row.categoryMain),
    isOwnTransfer: flag(row.isOwnTransfer),
    recurring: flag(row.recurring),
    subscription: flag(row.subscription),
  };
  const effect =
    row.effectOf === null
      ? null
      : { merchantName: nullableText(row.effectMerchant), categoryMain: nullableText(row.effectCategory), isTransfer: flag(row.effectTransfer), excluded: flag(row.effectExcluded) };
  return effectiveRecurringRow(bank, effect);
}

const recurringRowsOf = (rows: readonly Row[]) => rows.flatMap((row) => recurringRow(row) ?? []);

export interface SeriesInputs {
  /** The rows detectSeries needs: every row of each payee that can form a series, in date order. */
  seriesRows: RecurringRow[];
  /** Each account's net per day from `netsFrom` on, own transfers and excluded rows left out (what the forecast's variable spending reads). */
  dailyNet: readonly DailyNet[];
  /**
   * Each account's pending rows dated from `pendingFrom` on, summed (øre): money the bank has reserved
   * or credited that its booked balance does not show yet, own transfers and excluded rows included.
   */
  pending: ReadonlyMap<string, number>;
}

/**
 * What series detection and the forecast read, with the owner's rules and corrections applied: not
 * every row of the history, but the rows of the payees whose rows can form a series (from the
 * payee tallies, see lib/recurring/live-payees.ts) and, from the per-day totals, each account's net
 * per day since `netsFrom`: O(days), however many rows those days hold. detectSeries over seriesRows
 * equals detectSeries over every row when both use the same `accountKey`.
 */
export async function seriesInputs(userId: string, netsFrom: string | null, accountKey?: (accountId: string) => string, pendingFrom: string | null = netsFrom): Promise<SeriesInputs> {
  // The rows are read with the tallies, in the same batch, for the tallies that can be live (their
  // candidate flag, lib/db/payee-tallies.ts), and kept for the live ones below.
  const [{ tallies, results }, nets] = await Promise.all([
    readPayeeTallies(userId, [
      packedRows(
        `${ROWS}, p."id" AS "tallyId" FROM "PayeeTally" p
          JOIN "Transaction" t ON t."payeeText" = p."payeeText" AND t."accountId" = p."accountId"
          ${EFFECT}
          WHERE p."userId" = ? AND p."candidate" AND (CASE WHEN t."amount" > 0 THEN 'in' ELSE 'out' END) = p."direction"
            AND t."remoteAccountNumber" IS p."remoteAccountNumber"
            AND (CASE WHEN e."transactionId" IS NULL THEN t."merchantName" ELSE e."merchantName" END) IS p."merchantName"`,
        ROW_COLUMNS,
        [userId],
        `"bookingDate"`,
      ),
    ]),
    netsFrom === null
      ? []
      : readDailyTotals([
          packedRows(
            `SELECT "accountId", "day", SUM("inSum" + "outSum") AS "net" FROM "DailyCategoryTotal"
             WHERE "userId" = ? AND "day" >= ? AND "isTransfer" = 0 AND "excluded" = 0 GROUP BY "accountId", "day"`,
            NET_COLUMNS,
            [userId, netsFrom],
          ),
          packedRows(
            `SELECT "accountId", MAX("day") AS "day", SUM("inSum" + "outSum") AS "net" FROM "DailyCategoryTotal"
             WHERE "userId" = ? AND "day" >= ? AND "booked" = 0 GROUP BY "accountId"`,
            NET_COLUMNS,
            [userId, pendingFrom ?? netsFrom],
          ),
        ]),
  ]);
  const live = new Set(livePayees(tallies, accountKey).map((tally) => tally.id));
  const seriesRows = unpackedRows(results[0]!, ROW_COLUMNS).filter((row) => live.has(Number(row.tallyId)));
  const dailyNet = nets[0] ? netsOf(nets[0]) : [];
  const pending = new Map((nets[1] ? netsOf(nets[1]) : []).map(({ accountId, net }) => [accountId, net]));
  return { seriesRows: recurringRowsOf(seriesRows), dailyNet, pending };
}

/**
 * The rows series detection needs, reduced to what it reads, in date order, with the owner's rules
 * and corrections applied (an excluded row is left out): see seriesInputs.
 */
export async function recurringRows(userId: string, accountKey?: (accountId: string) => string): Promise<RecurringRow[]> {
  return (await seriesInputs(userId, null, accountKey)).seriesRows;
}
