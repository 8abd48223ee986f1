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

/**
 * The user's tallies less those SQL can tell are never live: livePayees drops every tally joined by a
 * payee key with a tally that has more rows than days, once the joined tallies hold three rows or
 * more. Tallies of one account and direction that share a key are joined, so a partition by account,
 * direction and one key (remote account, merchant or text, as payeeKeysOf makes them) that has such
 * a tally and three rows is dead. Each partition only ever holds tallies that share the key in
 * JavaScript too (SQLite's lower() and trim() change less than JavaScript's, so they can only split a
 * key, never join two), and joins through several keys are left to livePayees: what is left here is
 * every live tally and perhaps a few more.
 */
const CANDIDATE_TALLIES = `"keyed" AS (
    SELECT "id", "accountId", "direction", "remoteAccountNumber", "merchantName", "payeeText", "rows", "rows" > "days" AS "doubled",
      CASE WHEN "remoteAccountNumber" GLOB '*[0-9]*' THEN "remoteAccountNumber" END AS "accountKey",
      CASE WHEN "remoteAccountNumber" GLOB '*[0-9]*' THEN NULL WHEN "merchantName" GLOB '*[A-Za-z0-9]*' THEN lower(trim("merchantName")) END AS "merchantKey",
      CASE WHEN "remoteAccountNumber" GLOB '*[0-9]*' OR "payeeText" = '' THEN NULL ELSE "payeeText" END AS "textKey"
    FROM "PayeeTally" WHERE "userId" = ?
  ), "judged" AS (
    SELECT *, ("accountKey" IS NOT NULL AND MAX("doubled") OVER a AND SUM("rows") OVER a >= 3)
      OR ("merchantKey" IS NOT NULL AND MAX("doubled") OVER m AND SUM("rows") OVER m >= 3)
      OR ("textKey" IS NOT NULL AND MAX("doubled") OVER t AND SUM("rows") OVER t >= 3) AS "dead"
    FROM "keyed"
    WINDOW a AS (PARTITION BY "accountId", "direction", "accountKey"), m AS (PARTITION BY "accountId", "direction", "merchantKey"),
      t AS (PARTITION BY "accountId", "direction", "textKey")
  ), "candidate" AS (SELECT * FROM "judged" WHERE NOT "dead")`;
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
  // The rows are read with the tallies, in the same batch, for the tallies that can be live (see
  // CANDIDATE_TALLIES), and kept for the live ones below.
  const [{ tallies, results }, nets] = await Promise.all([
    readPayeeTallies(userId, [
      packedRows(
        `WITH ${CANDIDATE_TALLIES}
          ${ROWS}, p."id" AS "tallyId" FROM "candidate" p
          JOIN "Transaction" t ON t."payeeText" = p."payeeText" AND t."accountId" = p."accountId"
          ${EFFECT}
          WHERE (CASE WHEN t."amount" > 0 THEN 'in' ELSE 'out' END) = p."direction"
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
