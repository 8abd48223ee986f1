import { daysBetween } from "../dates/oslo-date";
import { assertDay, dayFromNumber, dayNumber } from "./calendar";
import type { BalanceOptions, BalancePoint, InsightAccount, InsightSnapshot } from "./types";

/**
 * Rebuilds end-of-day balances backwards from today's balance. Booked rows are summed into a
 * day × account grid first, so the replay costs O(rows + days × accounts) rather than rows × days.
 */
export class BalanceReplay {
  readonly firstDay: number;
  readonly days: number;
  private readonly accountIndex = new Map<string, number>();
  private readonly balances: number[];
  private readonly deltas: Float64Array;
  private readonly anchors: Float64Array;
  private readonly anchored: Uint8Array;

  constructor(
    from: string,
    to: string,
    accounts: readonly InsightAccount[],
    snapshots: readonly InsightSnapshot[],
    options: BalanceOptions = {},
  ) {
    assertDay(from);
    assertDay(to);
    this.firstDay = dayNumber(from);
    this.days = from <= to ? daysBetween(from, to) + 1 : 0;
    const currency = options.currency ?? "NOK";
    const wanted = options.accountIds === undefined ? undefined : new Set(options.accountIds);
    this.balances = [];
    for (const account of accounts) {
      if (account.currencyCode !== currency || (wanted !== undefined && !wanted.has(account.id))) continue;
      if (this.accountIndex.has(account.id)) continue;
      this.accountIndex.set(account.id, this.balances.length);
      this.balances.push(account.balance);
    }
    const cells = this.balances.length * this.days;
    this.deltas = new Float64Array(cells);
    this.anchors = new Float64Array(cells);
    this.anchored = new Uint8Array(cells);
    // The current balance is fresher than any snapshot taken today, so snapshots anchor earlier days only.
    const lastAnchoredDay = this.days - 2;
    for (const snapshot of snapshots) {
      const account = this.accountIndex.get(snapshot.accountId);
      if (account === undefined || snapshot.date < from || snapshot.date > to) continue;
      const day = dayNumber(snapshot.date) - this.firstDay;
      if (day > lastAnchoredDay) continue;
      const cell = account * this.days + day;
      this.anchors[cell] = snapshot.balance;
      this.anchored[cell] = 1;
    }
  }

  /** A booked row dated `day` (from `dayNumber`); rows outside the range cannot change it. */
  addBooked(accountId: string, day: number, amount: number): void {
    const offset = day - this.firstDay;
    if (offset < 1 || offset >= this.days) return;
    const account = this.accountIndex.get(accountId);
    if (account !== undefined) this.deltas[account * this.days + offset]! += amount;
  }

  finish(): BalancePoint[] {
    const days = this.days;
    const totals = new Float64Array(days);
    this.balances.forEach((current, account) => {
      const base = account * days;
      let balance = current;
      totals[days - 1]! += balance;
      for (let day = days - 2; day >= 0; day--) {
        balance = this.anchored[base + day] === 1 ? this.anchors[base + day]! : balance - this.deltas[base + day + 1]!;
        totals[day]! += balance;
      }
    });
    return Array.from(totals, (balance, day) => ({ date: dayFromNumber(this.firstDay + day), balance }));
  }
}
