"use client";

import { SeriesHistoryChart } from "@/components/charts/series-history-chart";
import { formatDay } from "@/lib/format/dates";
import { formatMoney } from "@/lib/format/money";

const ROWS_SHOWN = 12;

export interface SeriesHistoryText {
  title: string;
  date: string;
  amount: string;
  showTable: string;
  showChart: string;
  summary: string;
  rows: string;
}

/**
 * One series' price history and latest payments, drawn in the browser from the payments alone when
 * its details are opened: the page carries each series' dates and amounts, not a chart and a table.
 */
export function SeriesHistory({ payments, direction, locale, text }: { payments: { id: string; date: string; amount: number }[]; direction: "in" | "out"; locale: string; text: SeriesHistoryText }) {
  return (
    <>
      <SeriesHistoryChart points={payments} locale={locale} text={text} />
      <h4>{text.rows}</h4>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{text.date}</th>
              <th scope="col" className="amount">
                {text.amount}
              </th>
            </tr>
          </thead>
          <tbody>
            {payments
              .slice(-ROWS_SHOWN)
              .reverse()
              .map((payment) => (
                <tr key={payment.id}>
                  <td>{formatDay(payment.date, locale)}</td>
                  <td className="amount">{formatMoney(direction === "in" ? payment.amount : -payment.amount)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
