import { addDays } from "../dates/oslo-date";
import { addMonths } from "./calendar";

/** The days the overview needs: a year of balance, the 12 cash-flow months up to `month`, and last month. */
export function overviewWindow(today: string, month: string) {
  const balanceFrom = addDays(today, -365);
  const cashFlowFrom = `${addMonths(month, -11)}-01`;
  const lastMonthFrom = `${addMonths(today.slice(0, 7), -1)}-01`;
  const rowsFrom = [balanceFrom, cashFlowFrom, lastMonthFrom].sort()[0]!;
  return { rowsFrom, balanceFrom, to: today };
}

/** The months offered by the month picker, newest first. */
export function pickableMonths(today: string, count = 24): string[] {
  return Array.from({ length: count }, (_, index) => addMonths(today.slice(0, 7), -index));
}
