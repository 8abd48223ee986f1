import { addDays } from "../dates/oslo-date";
import { cadenceRule } from "../recurring/cadence";
import type { RecurringRow, RecurringSeries } from "../recurring/types";

/** How far a pending amount may differ from its series' amount: as much as detection allows one price step. */
const MAX_AMOUNT_CHANGE = 0.25;

/**
 * The pending rows that are a series' due charge although detection could not tell: the bank often
 * reserves a charge under other text than it books it with (a card's own text, no merchant), so the
 * row joins no series, and the forecast would take the charge off twice, once in the balance after
 * pending and again on its expected date. A pending row (dated from `pendingFrom`, so in that balance)
 * claims a series of its account and direction when its amount is within a price step of the
 * series' and it falls in the series' next period: no earlier than a cadence's shortest gap after
 * the last charge, nor than the grace period before the next. Each row claims at most one series and
 * each series at most one row, the closest in amount first. Pure.
 */
export function pendingClaims(series: readonly RecurringSeries[], rows: readonly RecurringRow[], today: string, pendingFrom: string): Map<string, RecurringRow> {
  const occurrenceIds = new Set(series.flatMap((candidate) => candidate.occurrences.map((occurrence) => occurrence.id)));
  const pending = rows.filter((row) => row.status === "PENDING" && row.amount !== 0 && row.bookingDate >= pendingFrom && row.bookingDate <= today && !occurrenceIds.has(row.id));
  const pairs: { series: RecurringSeries; row: RecurringRow; change: number }[] = [];
  for (const candidate of series) {
    if (candidate.ended || candidate.missed || candidate.amount <= 0) continue;
    const rule = cadenceRule(candidate.cadence);
    const from = [addDays(candidate.lastDate, rule.minGap), addDays(candidate.nextDate, -rule.graceDays)].sort().at(-1)!;
    for (const row of pending) {
      if (row.accountId !== candidate.accountId || (row.amount > 0 ? "in" : "out") !== candidate.direction || row.isOwnTransfer !== candidate.ownTransfer || row.bookingDate < from) continue;
      const change = Math.abs(Math.abs(row.amount) - candidate.amount) / candidate.amount;
      if (change <= MAX_AMOUNT_CHANGE) pairs.push({ series: candidate, row, change });
    }
  }
  pairs.sort((a, b) => a.change - b.change || (a.series.nextDate < b.series.nextDate ? -1 : a.series.nextDate > b.series.nextDate ? 1 : 0));
  const claims = new Map<string, RecurringRow>();
  const claimedRows = new Set<string>();
  for (const { series: candidate, row } of pairs) {
    if (claims.has(candidate.key) || claimedRows.has(row.id)) continue;
    claims.set(candidate.key, row);
    claimedRows.add(row.id);
  }
  return claims;
}
