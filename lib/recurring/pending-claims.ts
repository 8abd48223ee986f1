import { addDays } from "../dates/oslo-date";
import { dayNumber } from "../insights/calendar";
import { cadenceRule } from "./cadence";
import { payeeText } from "./payee-key";
import type { RecurringRow, RecurringSeries, ReservedCharge } from "./types";

/** How far a pending amount may differ from its series' amount: a quarter of it. */
const MAX_AMOUNT_CHANGE = 0.25;

/** A series of a single row among `pendingIds`: what a hold the bank flags as a subscription becomes. */
export function isLoneHold(series: RecurringSeries, pendingIds: ReadonlySet<string>): boolean {
  const [only, ...more] = series.occurrences;
  return only !== undefined && more.length === 0 && pendingIds.has(only.id);
}

/**
 * The pending rows that are a series' due charge although detection could not tell: the bank often
 * reserves a charge under other text than it books it with (a card's own text), so the row joins no
 * series, and the forecast would take the charge off twice, once in the balance after pending and
 * again on its expected date. A pending row dated from `pendingFrom` (so in that balance) claims one
 * of the `active` series when nothing names its payee (no merchant, no remote account, and no other
 * row of its account and direction shares its text), it is of the series' account, direction and
 * kind (own transfer or not), its amount is within a quarter of the series' amount,
 * and it falls in the series' next period: a cadence's shortest gap or more after the last charge,
 * and for a series counted as missed, by the end of the grace period after its due date (its charge
 * is then only still pending; a hold dated later is not it). Each row claims at most one series and
 * each series at most one row: the closest amounts first, then the hold dated closest to the
 * series' due date, then the series due first. A hold that is a series of its own (isLoneHold) may
 * be claimed too; that series then expects nothing (settleReservedCharges leaves it out). Pure.
 *
 * A row of a payee that shares its text with another row is never claimed, so the answer is the
 * same from the rows seriesInputs selects as from every row: such a row is either among those rows
 * with the others, or left out with them. Nor is a row of a series of two rows or more: they share a
 * merchant, a remote account or a text.
 */
export function pendingClaims(active: readonly RecurringSeries[], rows: readonly RecurringRow[], pendingFrom: string): Map<string, RecurringRow> {
  const direction = (row: RecurringRow) => (row.amount > 0 ? "in" : "out");
  const textKey = (row: RecurringRow) => `${row.accountId}|${direction(row)}|${payeeText(row.description)}`;
  const rowsByText = new Map<string, number>();
  for (const row of rows) {
    if (row.amount === 0) continue;
    const key = textKey(row);
    rowsByText.set(key, (rowsByText.get(key) ?? 0) + 1);
  }
  const unnamed = rows.filter(
    (row) =>
      row.status === "PENDING" && row.amount !== 0 && row.bookingDate >= pendingFrom &&
      row.merchantName === null && row.remoteAccountNumber === null && rowsByText.get(textKey(row)) === 1,
  );
  const pairs: { series: RecurringSeries; row: RecurringRow; change: number; distance: number }[] = [];
  for (const series of active) {
    if (series.amount <= 0) continue;
    const rule = cadenceRule(series.cadence);
    const from = addDays(series.lastDate, rule.minGap);
    const until = addDays(series.nextDate, rule.graceDays);
    for (const row of unnamed) {
      if (row.accountId !== series.accountId || direction(row) !== series.direction || row.isOwnTransfer !== series.ownTransfer || row.bookingDate < from) continue;
      // A missed series' charge was due: only a hold dated within its grace period may be it.
      if (series.missed && row.bookingDate > until) continue;
      const change = Math.abs(Math.abs(row.amount) - series.amount) / series.amount;
      if (change <= MAX_AMOUNT_CHANGE) pairs.push({ series, row, change, distance: Math.abs(dayNumber(row.bookingDate) - dayNumber(series.nextDate)) });
    }
  }
  pairs.sort((a, b) => a.change - b.change || a.distance - b.distance || (a.series.nextDate < b.series.nextDate ? -1 : a.series.nextDate > b.series.nextDate ? 1 : 0));
  const claims = new Map<string, RecurringRow>();
  const claimedRows = new Set<string>();
  for (const { series, row } of pairs) {
    if (claims.has(series.key) || claimedRows.has(row.id)) continue;
    claims.set(series.key, row);
    claimedRows.add(row.id);
  }
  return claims;
}

/** The reserved charges of the series that have not ended among `series` (pass the owner's dismissed ones left out), as forecastBalances finds them. */
export function reservedChargesOf(series: readonly RecurringSeries[], rows: readonly RecurringRow[], pendingFrom: string): ReservedCharge[] {
  return reservedCharges(pendingClaims(series.filter((candidate) => !candidate.ended), rows, pendingFrom));
}

/** The claims as the series' reserved charges, in the order of `claims`. */
function reservedCharges(claims: ReadonlyMap<string, RecurringRow>): ReservedCharge[] {
  return [...claims].map(([seriesKey, row]) => ({ seriesKey, rowId: row.id, date: row.bookingDate, amount: Math.abs(row.amount) }));
}

/**
 * The series as the owner sees them once the bank has reserved some of their charges: a series whose
 * charge is reserved carries it and is not missed (its charge is only still pending), and a hold that
 * detection made a series of its own (isLoneHold) is that charge, not a new series, so it is left
 * out. Pure.
 */
export function settleReservedCharges<S extends RecurringSeries>(series: readonly S[], reserved: readonly ReservedCharge[]): S[] {
  if (reserved.length === 0) return [...series];
  const bySeries = new Map(reserved.map((charge) => [charge.seriesKey, charge]));
  const heldIds = new Set(reserved.map((charge) => charge.rowId));
  return series.filter((candidate) => !isLoneHold(candidate, heldIds)).map((candidate) => {
    const charge = bySeries.get(candidate.key);
    return charge ? { ...candidate, reserved: charge, missed: false } : candidate;
  });
}
