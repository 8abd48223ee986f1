"use client";

import { formatMoney } from "@/lib/format/money";
import { ChartCard } from "./chart-card";
import { dayLabel } from "./day-label";
import { BalancePlot } from "./lazy-plots";

interface Props {
  points: { date: string; balance: number }[];
  locale: string;
  testId?: string;
  text: { title: string; date: string; balance: string; showTable: string; showChart: string; summary: string };
}

export function BalanceChart({ points, locale, text, testId = "balance-over-time" }: Props) {
  // The table lists month ends (and the last day): a year of daily rows is no use to a listener.
  const tableRows = points.filter((point, index) => index === points.length - 1 || points[index + 1]?.date.slice(0, 7) !== point.date.slice(0, 7));
  const table = { columns: [text.date, text.balance], rows: tableRows.map((point) => [dayLabel(point.date, locale, true), formatMoney(point.balance)]) };
  const last = points.at(-1);
  return (
    <ChartCard title={text.title} summary={text.summary} table={table} labels={text} testId={testId}>
      <div className="chart-area" data-last-balance={last?.balance} data-last-date={last?.date}>
        <BalancePlot points={points} locale={locale} balanceLabel={text.balance} />
      </div>
    </ChartCard>
  );
}
