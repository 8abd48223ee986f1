import { parse } from "csv-parse/sync";
import { isIsoDay } from "../dates/oslo-date";

/** The columns of the SpareBank 1 online bank's CSV download, in order. */
export const BANK_CSV_HEADER = ["Dato", "Beskrivelse", "Rentedato", "Inn", "Ut", "Til konto", "Fra konto"] as const;
export const MAX_IMPORT_ROWS = 50_000;

export interface BankCsvRow {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  bookingDate: string;
  interestDate: string | null;
  /** Øre; "Ut" is money out (negative). */
  amount: number;
  description: string;
  remoteAccount: string | null;
}

export type BankCsvResult = { ok: true; rows: BankCsvRow[] } | { ok: false; line: number; reason: string };

function day(value: string): string | null {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value.trim());
  if (!match) return null;
  const iso = `${match[3]}-${match[2]}-${match[1]}`;
  return isIsoDay(iso) ? iso : null;
}

/** "1 234,50", "-1234,50" or "1.234,50" kroner as øre; null when not an amount. */
function amount(value: string): number | null {
  const compact = value.replace(/[\s\u00a0]/g, "").replace(/^−/, "-");
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$/.test(compact)) return null;
  const [whole = "0", fraction = ""] = compact.replace("-", "").replaceAll(".", "").split(",");
  const ore = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  if (!Number.isSafeInteger(ore)) return null;
  return compact.startsWith("-") ? -ore : ore;
}

/**
 * Parses the bank's own CSV export (BOM, `;`, dd.mm.yyyy, decimal comma). The whole file is refused
 * at the first bad line, with the line and the reason: a half-imported history is worse than none.
 */
export function parseBankCsv(text: string): BankCsvResult {
  // A record may span lines (a quoted line break): it is reported by the line it starts on.
  const records: { record: string[]; line: number }[] = [];
  let lastEnd = 0;
  try {
    parse(text, {
      delimiter: ";",
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        records.push({ record, line: lastEnd + 1 });
        lastEnd = context.lines;
        return null;
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split(":")[0]! : "not a CSV file";
    return { ok: false, line: lastEnd + 1, reason: `not a readable CSV line (${reason})` };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, line: 1, reason: "the file is empty" };
  const names = header.record.map((name) => name.trim());
  if (names.length !== BANK_CSV_HEADER.length || names.some((name, index) => name.toLowerCase() !== BANK_CSV_HEADER[index]!.toLowerCase())) {
    return { ok: false, line: 1, reason: `the header must be ${BANK_CSV_HEADER.join(";")}` };
  }
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, line: 1, reason: `more than ${MAX_IMPORT_ROWS} rows` };
  const rows: BankCsvRow[] = [];
  for (const { record, line } of body) {
    if (record.length !== BANK_CSV_HEADER.length) return { ok: false, line, reason: `expected ${BANK_CSV_HEADER.length} columns, found ${record.length}` };
    const [date = "", description = "", interest = "", inn = "", ut = "", toAccount = "", fromAccount = ""] = record;
    const bookingDate = day(date);
    if (!bookingDate) return { ok: false, line, reason: `"${date.slice(0, 20)}" is not a date as dd.mm.yyyy` };
    const interestDate = interest.trim() ? day(interest) : null;
    if (interest.trim() && !interestDate) return { ok: false, line, reason: `"${interest.slice(0, 20)}" is not a date as dd.mm.yyyy` };
    if (!description.trim()) return { ok: false, line, reason: "the description is empty" };
    if (description.length > 500) return { ok: false, line, reason: "the description is longer than 500 characters" };
    if (Boolean(inn.trim()) === Boolean(ut.trim())) return { ok: false, line, reason: "exactly one of Inn and Ut must have an amount" };
    const value = amount(inn.trim() || ut.trim());
    if (value === null || value === 0) return { ok: false, line, reason: `"${(inn || ut).slice(0, 20)}" is not an amount with a decimal comma` };
    const signed = inn.trim() ? Math.abs(value) : -Math.abs(value);
    const remote = (inn.trim() ? fromAccount : toAccount).replace(/\D/g, "");
    rows.push({ line, bookingDate, interestDate, amount: signed, description: description.trim(), remoteAccount: remote || null });
  }
  return { ok: true, rows };
}
