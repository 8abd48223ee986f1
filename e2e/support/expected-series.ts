import type { Ledger } from "../../sandbox/data";

// Figures computed straight from the sandbox's ledger, with none of Saldo's code: what the charts
// must show. Own transfers (the other side is one of the person's accounts) are left out.

type Row = Ledger["transactions"][number];

const ownTransfer = (ledger: Ledger, row: Row) => Boolean(row.remoteAccountNumber && ledger.accounts.some((account) => account.accountNumber === row.remoteAccountNumber));

export function monthRows(ledger: Ledger, month: string): Row[] {
  return ledger.transactions.filter((row) => row.osloDate.startsWith(month) && !ownTransfer(ledger, row));
}

export function expectedCategoryTotals(ledger: Ledger, month: string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of monthRows(ledger, month)) {
    if (row.amountOre >= 0) continue;
    const key = row.categoryMainI18n === "Ukategorisert" ? "none" : row.categoryMain;
    totals.set(key, (totals.get(key) ?? 0) - row.amountOre);
  }
  return totals;
}

export function expectedCashFlow(ledger: Ledger, month: string) {
  let income = 0;
  let spending = 0;
  for (const row of monthRows(ledger, month)) {
    if (row.amountOre > 0) income += row.amountOre;
    else spending -= row.amountOre;
  }
  return { income, spending, net: income - spending };
}

export function expectedNokBalance(ledger: Ledger): number {
  return ledger.accounts.filter((account) => account.currencyCode === "NOK").reduce((sum, account) => sum + account.balanceOre, 0);
}

export function previousMonth(today: string): string {
  const [year, month] = today.split("-").map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
}

/** The month's last day, "2026-11" → "2026-11-30": filters that end on the 31st are refused in shorter months. */
export function lastDayOfMonth(month: string): string {
  const [year, index] = month.split("-").map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, index, 0)).getUTCDate()).padStart(2, "0")}`;
}

export function osloToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(new Date());
}

/** How much the NOK accounts' summed balance moved since this month began: its booked rows up to today. */
export function expectedNokChangeThisMonth(ledger: Ledger, today: string): number {
  const nok = new Set(ledger.accounts.filter((account) => account.currencyCode === "NOK").map((account) => account.key));
  return ledger.transactions
    .filter((row) => row.status === "BOOKED" && nok.has(row.accountKey) && row.osloDate >= `${today.slice(0, 7)}-01` && row.osloDate <= today)
    .reduce((sum, row) => sum + row.amountOre, 0);
}
