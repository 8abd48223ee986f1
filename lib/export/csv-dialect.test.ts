import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { TransactionView } from "../transactions/transaction-view";
import { transactionView } from "../../test-support/transaction-view";
import { EXCEL_NB, STANDARD, csvChunk, type CsvDialect } from "./csv-dialect";

function view(id: string, description: string, amount: number, extra: Partial<TransactionView> = {}): TransactionView {
  return transactionView({ id, description, amount, category: { main: "MAT", mainLabel: "Mat og drikke", sub: null, subLabel: null }, ...extra });
}

const rows = [
  view("t1", 'Kaffe "Bønna"; kopp, stor', -4_950),
  view("t2", "Linje en\nlinje to\r\nlinje tre", 1_234_567_89, { note: "Notat; med semikolon", tags: ["jobb", "reise"] }),
  view("t3", "  mellomrom  ", -1, { merchantName: "=HYPERLINK(\"x\")", isOwnTransfer: true }),
  view("t4", "Øre og æ å", -100_00, { splits: [{ amount: -60_00, category: null }, { amount: -40_00, category: null }] }),
];

function roundTrip(dialect: CsvDialect) {
  const text = csvChunk(dialect, rows.slice(0, 2), true) + csvChunk(dialect, rows.slice(2), false);
  const records = parse(text, { delimiter: dialect.delimiter, bom: true, relax_column_count: false }) as string[][];
  return { text, header: records[0]!, records: records.slice(1) };
}

describe("CSV export", () => {
  it("standard: comma, ISO dates, dot decimals, no BOM; every cell survives a parse", () => {
    const { text, header, records } = roundTrip(STANDARD);
    expect(text.startsWith("\uFEFF")).toBe(false);
    expect(header).toEqual([...STANDARD.headers]);
    expect(records).toHaveLength(4);
    expect(records.map((record) => record[3])).toEqual(rows.map((row) => row.description));
    expect(records[0]![0]).toBe("2026-11-03");
    expect(records.map((record) => record[7])).toEqual(["-49.50", "1234567.89", "-0.01", "-100.00"]);
    expect(records[1]![13]).toBe("Notat; med semikolon");
    expect(records[1]![12]).toBe("jobb, reise");
    expect(records[2]![10]).toBe("true");
    expect(records[2]![4]).toBe('=HYPERLINK("x")');
    const sum = records.reduce((total, record) => total + Math.round(Number(record[7]) * 100), 0);
    expect(sum).toBe(rows.reduce((total, row) => total + row.amount, 0));
  });

  it("Excel (nb): BOM, semicolon, decimal comma, dd.mm.yyyy; formulas stay text", () => {
    const { text, header, records } = roundTrip(EXCEL_NB);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(header[0]).toBe("Dato");
    expect(records.map((record) => record[3])).toEqual(rows.map((row) => row.description));
    expect(records[0]![0]).toBe("03.11.2026");
    expect(records.map((record) => record[7])).toEqual(["-49,50", "1234567,89", "-0,01", "-100,00"]);
    expect(records[2]![4]).toBe("'=HYPERLINK(\"x\")");
    expect(records[3]![14]).toBe("Ukategorisert -60,00 | Ukategorisert -40,00");
    const sum = records.reduce((total, record) => total + Math.round(Number(record[7]!.replace(",", ".")) * 100), 0);
    expect(sum).toBe(rows.reduce((total, row) => total + row.amount, 0));
  });

  it("only the first chunk has the header and the BOM", () => {
    const later = csvChunk(EXCEL_NB, rows.slice(0, 1), false);
    expect(later.startsWith("\uFEFF")).toBe(false);
    expect(later.startsWith("Dato")).toBe(false);
  });
});
