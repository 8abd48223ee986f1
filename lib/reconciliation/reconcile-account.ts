/** One day's bank balance with the sum of stored booked rows from the account's reconcileFrom on. */
export interface ReconcileSnapshot {
  date: string;
  balance: number;
  /** Null when the bank's answer for the account was incomplete that day: nothing to check. */
  ledgerSum: number | null;
}

export type Reconciliation =
  | { state: "unchecked" }
  | { state: "matches"; checkedOn: string }
  /** `difference`: the bank's balance minus what the stored rows explain, in minor units. */
  | { state: "differs"; difference: number; since: string; checkedOn: string };

/** The residual the bank's balance leaves once the stored rows are taken out: constant while they agree. */
export function residual(snapshot: { balance: number; ledgerSum: number }, base: number): number {
  return snapshot.balance - snapshot.ledgerSum - base;
}

/**
 * Between any two snapshots the change in the bank's balance must equal the booked rows stored
 * between them; with `base` (the balance implied just before reconcileFrom) that is: every
 * snapshot's residual is zero. `snapshots` oldest first.
 */
export function reconcileAccount(base: number | null, snapshots: readonly ReconcileSnapshot[]): Reconciliation {
  if (base === null) return { state: "unchecked" };
  const checked = snapshots.filter((snapshot): snapshot is ReconcileSnapshot & { ledgerSum: number } => snapshot.ledgerSum !== null);
  const latest = checked.at(-1);
  if (!latest) return { state: "unchecked" };
  const difference = residual(latest, base);
  if (difference === 0) return { state: "matches", checkedOn: latest.date };
  let since = latest.date;
  for (let index = checked.length - 1; index >= 0; index--) {
    if (residual(checked[index]!, base) === 0) break;
    since = checked[index]!.date;
  }
  return { state: "differs", difference, since, checkedOn: latest.date };
}

/** The newest day on which the stored rows still explained the bank's balance, if any. */
export function lastMatchingDay(base: number, snapshots: readonly ReconcileSnapshot[]): string | undefined {
  for (let index = snapshots.length - 1; index >= 0; index--) {
    const snapshot = snapshots[index]!;
    if (snapshot.ledgerSum !== null && residual({ balance: snapshot.balance, ledgerSum: snapshot.ledgerSum }, base) === 0) return snapshot.date;
  }
  return undefined;
}
