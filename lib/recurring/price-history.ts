import type { PricePoint, PriceRise, SeriesOccurrence } from "./types";

/** The amounts a series has had, each from the first day it was charged. */
export function priceHistory(occurrences: readonly SeriesOccurrence[]): PricePoint[] {
  const points: PricePoint[] = [];
  for (const occurrence of occurrences) {
    if (points.at(-1)?.amount === occurrence.amount) continue;
    points.push({ from: occurrence.date, amount: occurrence.amount });
  }
  return points;
}

export function priceRises(history: readonly PricePoint[], perYear: number): PriceRise[] {
  const rises: PriceRise[] = [];
  for (let i = 1; i < history.length; i++) {
    const before = history[i - 1];
    const after = history[i];
    if (!before || !after || after.amount <= before.amount) continue;
    rises.push({ date: after.from, oldAmount: before.amount, newAmount: after.amount, perYear: (after.amount - before.amount) * perYear });
  }
  return rises;
}
