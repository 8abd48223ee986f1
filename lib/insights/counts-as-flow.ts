import type { InsightRow, SeriesOptions } from "./types";

/** Whether a row counts as spending or income under the options (own transfers only when asked for, excluded rows never). */
export function countsAsFlow(row: InsightRow, options: SeriesOptions | undefined): boolean {
  if (row.excluded === true) return false;
  return options?.includeTransfers === true || !row.isOwnTransfer;
}
