const UNCATEGORISED = [{ main: "UNCATEGORIZED", mainI18n: "Ukategorisert", sub: "UNCATEGORIZED", subI18n: "Ukategorisert", confidence: 0 }];

function without(row: Record<string, unknown>, field: string, id: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...row, id };
  delete copy[field];
  return copy;
}

/**
 * Fault "odd-rows": three rows the spec allows but no client can store (no date, no amount, and a
 * classified wrapper without its transaction, or a bare row of only the required fields), spread
 * among the real rows, which all stay.
 */
export function withOddRows(items: Record<string, unknown>[], sample: Record<string, unknown> | undefined, ids: [string, string, string], classified: boolean): Record<string, unknown>[] {
  const base = sample ?? { source: "RECENT", bookingStatus: "BOOKED", canShowDetails: true, description: "UKJENT", amount: -1, date: Date.UTC(2025, 0, 1) };
  const wrap = (transaction: Record<string, unknown>) => (classified ? { transaction, categories: UNCATEGORISED, recurring: false, subscription: false } : transaction);
  const noDate = wrap(without(base, "date", ids[0]));
  const noAmount = wrap(without(base, "amount", ids[1]));
  const third = classified ? { categories: UNCATEGORISED } : { id: ids[2], source: base.source ?? "RECENT", bookingStatus: base.bookingStatus ?? "BOOKED", canShowDetails: true };
  const middle = Math.floor(items.length / 2);
  return [noDate, ...items.slice(0, middle), noAmount, ...items.slice(middle), third];
}

/**
 * Fault "unreadable-row": the answer's first booked row, one the client may hold already, comes
 * without its amount (same id, day and account): the row is still at the bank, only unreadable.
 */
export function withUnreadableRow(items: Record<string, unknown>[], classified: boolean): Record<string, unknown>[] {
  const inner = (item: Record<string, unknown>) => (classified ? (item.transaction as Record<string, unknown> | undefined) : item);
  const index = items.findIndex((item) => inner(item)?.bookingStatus === "BOOKED");
  if (index < 0) return items;
  const row = { ...inner(items[index]!)! };
  delete row.amount;
  const changed = classified ? { ...items[index]!, transaction: row } : row;
  return items.map((item, at) => (at === index ? changed : item));
}
