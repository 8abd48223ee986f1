import type { InsightRow, SeriesOptions } from "./types";

/** Whether a row counts as spending or income under the options (own transfers only when asked for). */
export function countsAsFlow(row: InsightRow, options: SeriesOptions | undefined): boolean {
  return options?.includeTransfers === true || !row.isOwnTransfer;
}
