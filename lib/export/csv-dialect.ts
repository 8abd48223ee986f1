import { stringify } from "csv-stringify/sync";
import type { TransactionView } from "../transactions/transaction-view";

export type CsvDialectName = "csv" | "excel";

export interface CsvDialect {
  name: CsvDialectName;
  delimiter: string;
  /** Excel reads UTF-8 only with a byte-order mark. */
  bom: boolean;
  headers: readonly string[];
  date: (isoDay: string) => string;
  amount: (ore: number) => string;
  yes: string;
  no: string;
  uncategorised: string;
}

function decimal(ore: number, separator: "." | ","): string {
  const sign = ore < 0 ? "-" : "";
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)}${separator}${String(abs % 100).padStart(2, "0")}`;
}

/** Standard CSV: UTF-8, comma, ISO dates, dot decimals. */
export const STANDARD: CsvDialect = {
  name: "csv",
  delimiter: ",",
  bom: false,
  headers: ["date", "interest_date", "account", "description", "merchant", "category", "subcategory", "amount", "currency", "status", "transfer", "excluded", "tags", "note", "splits", "id"],
  date: (day) => day,
  amount: (ore) => decimal(ore, "."),
  yes: "true",
  no: "false",
  uncategorised: "Uncategorised",
};

/** What Excel with Norwegian settings opens directly: BOM, semicolon, decimal comma, dd.mm.yyyy. */
export const EXCEL_NB: CsvDialect = {
  name: "excel",
  delimiter: ";",
  bom: true,
  headers: ["Dato", "Rentedato", "Konto", "Beskrivelse", "Brukersted", "Kategori", "Underkategori", "Beløp", "Valuta", "Status", "Overføring", "Utelatt", "Stikkord", "Notat", "Oppdeling", "Id"],
  date: (day) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`,
  amount: (ore) => decimal(ore, ","),
  yes: "ja",
  no: "nei",
  uncategorised: "Ukategorisert",
};

export function dialectOf(name: CsvDialectName): CsvDialect {
  return name === "excel" ? EXCEL_NB : STANDARD;
}

// A spreadsheet runs a cell that starts like a formula; text cells get a leading apostrophe in the
// Excel dialect so a bank text such as "=HYPERLINK(…)" stays text.
const FORMULA = /^[=+\-@\t\r]/;

function text(dialect: CsvDialect, value: string | null | undefined): string {
  const plain = value ?? "";
  return dialect.bom && FORMULA.test(plain) ? `'${plain}` : plain;
}

export function csvRecord(dialect: CsvDialect, row: TransactionView): string[] {
  return [
    dialect.date(row.bookingDate),
    row.interestDate ? dialect.date(row.interestDate) : "",
    text(dialect, row.accountName),
    text(dialect, row.description),
    text(dialect, row.merchantName),
    text(dialect, row.category?.mainLabel ?? row.category?.main),
    text(dialect, row.category?.subLabel ?? row.category?.sub),
    dialect.amount(row.amount),
    row.currencyCode,
    row.status,
    row.isOwnTransfer ? dialect.yes : dialect.no,
    row.excluded ? dialect.yes : dialect.no,
    text(dialect, row.tags.join(", ")),
    text(dialect, row.note),
    text(dialect, row.splits.map((part) => `${part.category?.mainLabel ?? dialect.uncategorised} ${dialect.amount(part.amount)}`).join(" | ")),
    row.id,
  ];
}

/** One chunk of the file: the header (and BOM) first, then rows; quotes, delimiters and line breaks inside cells are quoted. */
export function csvChunk(dialect: CsvDialect, rows: readonly TransactionView[], first: boolean): string {
  const records = rows.map((row) => csvRecord(dialect, row));
  const body = stringify(first ? [[...dialect.headers], ...records] : records, { delimiter: dialect.delimiter, record_delimiter: "\r\n", quoted_match: /^\s|\s$/ });
  return first && dialect.bom ? `\uFEFF${body}` : body;
}
