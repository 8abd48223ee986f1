import { describe, expect, it } from "vitest";
import { parseBankCsv, type BankCsvRow } from "./bank-csv";
import { planImport } from "./match-import";

const HEADER = "Dato;Beskrivelse;Rentedato;Inn;Ut;Til konto;Fra konto";
const file = (...lines: string[]) => `\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`;

describe("parseBankCsv", () => {
  it("reads the bank's format: BOM, semicolons, dd.mm.yyyy, decimal comma, Ut as money out", () => {
    const result = parseBankCsv(
      file(
        "02.10.2025;KIWI 505 BYÅSEN;02.10.2025;;-123,45;;",
        '03.10.2025;"Lønn; oktober ""bonus""";03.10.2025;45 000,00;;;1234.56.78903',
        '04.10.2025;"To\nlinjer";05.10.2025;;1.234,5;9876.54.32109;',
      ),
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 2, bookingDate: "2025-10-02", interestDate: "2025-10-02", amount: -12_345, description: "KIWI 505 BYÅSEN", remoteAccount: null },
        { line: 3, bookingDate: "2025-10-03", interestDate: "2025-10-03", amount: 4_500_000, description: 'Lønn; oktober "bonus"', remoteAccount: "12345678903" },
        { line: 4, bookingDate: "2025-10-04", interestDate: "2025-10-05", amount: -123_450, description: "To\nlinjer", remoteAccount: "98765432109" },
      ],
    });
  });

  it.each([
    ["", 1, /empty/],
    ["Date,Text,Amount\n1,2,3", 1, /header/],
    [file("31.02.2025;X;;;-1,00;;"), 2, /not a date/],
    [file("01.10.2025;X;;;-1,00;;", "2025-10-02;Y;;;-1,00;;"), 3, /not a date/],
    [file("01.10.2025;X;;1,00;-1,00;;"), 2, /exactly one of Inn and Ut/],
    [file("01.10.2025;X;;;;;"), 2, /exactly one of Inn and Ut/],
    [file("01.10.2025;X;;;-1.5;;"), 2, /not an amount/],
    [file("01.10.2025;X;;;abc;;"), 2, /not an amount/],
    [file("01.10.2025;;;;-1,00;;"), 2, /description is empty/],
    [file("01.10.2025;X;;;-1,00"), 2, /expected 7 columns, found 5/],
    [file('01.10.2025;"open quote;;;-1,00;;'), 2, /not a readable CSV line/],
  ])("refuses a malformed file with the line and the reason (%#)", (text, line, reason) => {
    const result = parseBankCsv(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(line);
    expect(result.reason).toMatch(reason);
  });
});

describe("planImport", () => {
  const row = (line: number, bookingDate: string, amount: number): BankCsvRow => ({ line, bookingDate, amount, interestDate: null, description: `r${line}`, remoteAccount: null });

  it("adds rows older than the synced period, pairs overlaps one to one and leaves unpaired synced-period rows to the bank's API", () => {
    const rows = [row(2, "2025-01-01", -100), row(3, "2025-02-01", -200), row(4, "2025-02-01", -200), row(5, "2025-02-02", -300), row(6, "2025-02-03", -400)];
    const plan = planImport(rows, [{ bookingDate: "2025-02-01", amount: -200 }, { bookingDate: "2025-02-03", amount: -400 }], "2025-02-01");
    expect(plan.add.map((entry) => entry.line)).toEqual([2]);
    expect(plan.matched.map((entry) => entry.line)).toEqual([3, 6]);
    expect(plan.skipped.map((entry) => entry.line)).toEqual([4, 5]);
  });

  it("importing the same file twice adds nothing the second time", () => {
    const rows = [row(2, "2025-01-01", -100), row(3, "2025-01-01", -100)];
    const first = planImport(rows, [], "2025-02-01");
    expect(first.add).toHaveLength(2);
    const second = planImport(rows, first.add, "2025-01-01");
    expect(second.add).toHaveLength(0);
    expect(second.matched).toHaveLength(2);
  });
});
