"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompactKroner, formatMonthLong, formatMonthShort } from "@/lib/format/chart-format";
import { formatMoney } from "@/lib/format/money";
import { ChartCard } from "./chart-card";
import { MoneyTooltip } from "./chart-tooltip";

interface Props {
  months: { month: string; income: number; spending: number; net: number }[];
  locale: string;
  text: { title: string; income: string; spending: string; net: string; month: string; showTable: string; showChart: string; summary: string };
}

export function CashFlowChart({ months, locale, text }: Props) {
  const table = {
    columns: [text.month, text.income, text.spending, text.net],
    rows: months.map((row) => [formatMonthLong(row.month, locale), formatMoney(row.income), formatMoney(row.spending), formatMoney(row.net)]),
  };
  return (
    <ChartCard title={text.title} summary={text.summary} table={table} labels={text} testId="cash-flow">
      <div className="chart-area">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={months} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="month" tickFormatter={(month: string) => formatMonthShort(month, locale)} tickLine={false} />
            <YAxis tickFormatter={formatCompactKroner} width={72} tickLine={false} axisLine={false} />
            <Tooltip content={<MoneyTooltip formatLabel={(month) => formatMonthLong(month, locale)} />} />
            <Legend />
            <Bar dataKey="income" name={text.income} fill="var(--chart-income)" radius={[3, 3, 0, 0]} />
            <Bar dataKey="spending" name={text.spending} fill="var(--chart-spending)" radius={[3, 3, 0, 0]} />
            <Line dataKey="net" name={text.net} stroke="var(--chart-1)" strokeWidth={2} dot={false} type="monotone" />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </ChartCard>
  );
}
