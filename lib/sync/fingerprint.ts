import { createHash } from "node:crypto";
import type { BankTransactionData } from "../domain/types";

const ALL_ZEROS = /^0+$/;

function normalise(text: string): string {
  return text.normalize("NFKC").toUpperCase().replace(/\s+/g, " ").trim();
}

/**
 * The bank's `id` changes between sessions, so identity is ours: account, Oslo day, amount,
 * `nonUniqueId` when it is not all zeros, and the description. Identical rows on one day (two
 * coffees) get an occurrence number in the order the bank listed them. Pending rows get their own
 * namespace: they are replaced wholesale, never matched against booked ones.
 */
export function fingerprintTransactions(rows: readonly BankTransactionData[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const nonUniqueId = row.nonUniqueId && !ALL_ZEROS.test(row.nonUniqueId) ? row.nonUniqueId : "";
    const base = createHash("sha256")
      .update([row.status, row.accountNumber, row.bookingDate, String(row.amount), nonUniqueId, normalise(row.rawDescription)].join("\u001f"))
      .digest("base64url")
      .slice(0, 32);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return `${base}.${occurrence}`;
  });
}
