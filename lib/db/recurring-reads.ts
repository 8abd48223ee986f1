import "server-only";
import type { Row } from "@libsql/client";
import { effectiveRecurringRow } from "../corrections/effective-recurring-row";
import { livePayees } from "../recurring/live-payees";
import type { RecurringRow } from "../recurring/types";
import type { DailyNet } from "../forecast/daily-net";
import { sql } from "./client";
import { readDailyTotals } from "./daily-totals";
import { readPayeeTallies } from "./payee-tallies";

const ROWS = `SELECT t."id", t."accountId", t."bookingDate", t."amount", t."status", t."description", t."merchantName", t."remoteAccountNumber",
  t."remoteAccountName", t."categoryMain", t."isOwnTransfer", t."recurring", t."subscription",
  e."transactionId" AS "effectOf", e."merchantName" AS "effectMerchant", e."categoryMain" AS "effectCategory", e."isTransfer" AS "effectTransfer", e."excluded" AS "effectExcluded"`;
const EFFECT = `LEFT JOIN "TransactionEffect" e ON e."transactionId" = t."id"`;

const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
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
    merchantName: text(row.merchantName),
    remoteAccountNumber: text(row.remoteAccountNumber),
    remoteAccountName: text(row.remoteAccountName),
    categoryMain: text(row.categoryMain),
    isOwnTransfer: flag(row.isOwnTransfer),
    recurring: flag(row.recurring),
    subscription: flag(row.subscription),
  };
  const effect =
    row.effectOf === null
      ? null
      : { merchantName: text(row.effectMerchant), categoryMain: text(row.effectCategory), isTransfer: flag(row.effectTransfer), excluded: flag(row.effectExcluded) };
  return effectiveRecurringRow(bank, effect);
}

const recurringRowsOf = (rows: readonly Row[]) => rows.flatMap((row) => recurringRow(row) ?? []);

export interface SeriesInputs {
  /** The rows detectSeries needs: every row of each payee that can form a series, in date order. */
  seriesRows: RecurringRow[];
  /** Each account's net per day from `netsFrom` on, own transfers and excluded rows left out (what the forecast's variable spending reads). */
  dailyNet: DailyNet[];
}

/**
 * What series detection and the forecast read, with the owner's rules and corrections applied: not
 * every row of the history, but the rows of the payees whose rows can form a series (from the
 * payee tallies, see lib/recurring/live-payees.ts) and, from the per-day totals, each account's net
 * per day since `netsFrom`: O(days), however many rows those days hold. detectSeries over seriesRows
 * equals detectSeries over every row when both use the same `accountKey`.
 */
export async function seriesInputs(userId: string, netsFrom: string | null, accountKey?: (accountId: string) => string): Promise<SeriesInputs> {
  const [{ tallies }, nets] = await Promise.all([
    readPayeeTallies(userId, []),
    netsFrom === null
      ? []
      : readDailyTotals([
          {
            sql: `SELECT "accountId", "day", SUM("inSum" + "outSum") AS "net" FROM "DailyCategoryTotal"
                  WHERE "userId" = ? AND "day" >= ? AND "isTransfer" = 0 AND "excluded" = 0 GROUP BY "accountId", "day"`,
            args: [userId, netsFrom],
          },
        ]),
  ]);
  const live = livePayees(tallies, accountKey).map((tally) => [tally.accountId, tally.payeeText, tally.direction, tally.remoteAccountNumber, tally.merchantName]);
  const seriesRows = live.length
    ? (
        await sql().execute({
          sql: `${ROWS} FROM json_each(?) j
            JOIN "Transaction" t ON t."payeeText" = json_extract(j."value", '$[1]') AND t."accountId" = json_extract(j."value", '$[0]')
            ${EFFECT}
            WHERE (CASE WHEN t."amount" > 0 THEN 'in' ELSE 'out' END) = json_extract(j."value", '$[2]')
              AND t."remoteAccountNumber" IS json_extract(j."value", '$[3]')
              AND (CASE WHEN e."transactionId" IS NULL THEN t."merchantName" ELSE e."merchantName" END) IS json_extract(j."value", '$[4]')
            ORDER BY t."bookingDate"`,
          args: [JSON.stringify(live)],
        })
      ).rows
    : [];
  const dailyNet = (nets[0]?.rows ?? []).map((row) => ({ accountId: String(row.accountId), day: String(row.day), net: Number(row.net) }));
  return { seriesRows: recurringRowsOf(seriesRows), dailyNet };
}

/**
 * The rows series detection needs, reduced to what it reads, in date order, with the owner's rules
 * and corrections applied (an excluded row is left out): see seriesInputs.
 */
export async function recurringRows(userId: string, accountKey?: (accountId: string) => string): Promise<RecurringRow[]> {
  return (await seriesInputs(userId, null, accountKey)).seriesRows;
}
