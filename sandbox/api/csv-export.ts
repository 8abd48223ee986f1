import { formatAccountNumber } from "../data/account-numbers";
import type { SandboxTransaction } from "../data/types";

const HEADER = "Dato;Beskrivelse;Rentedato;Inn;Ut;Til konto;Fra konto";

function norwegianDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

function decimalComma(ore: number): string {
  return (ore / 100).toFixed(2).replace(".", ",");
}

function cell(text: string): string {
  return /[;"\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Booked rows only, as the online bank's CSV download: BOM, `;`, dd.MM.yyyy, decimal comma, "Ut" negative. */
export function exportCsv(rows: SandboxTransaction[]): string {
  const lines = rows.map((row) => {
    const incoming = row.amountOre > 0;
    const remote = row.remoteAccountNumber ? formatAccountNumber(row.remoteAccountNumber) : "";
    return [
      norwegianDate(row.osloDate),
      cell(row.description),
      norwegianDate(row.interestOsloDate),
      incoming ? decimalComma(row.amountOre) : "",
      incoming ? "" : decimalComma(row.amountOre),
      incoming ? "" : remote,
      incoming ? remote : "",
    ].join(";");
  });
  return `\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`;
}
