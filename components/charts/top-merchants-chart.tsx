"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompactKroner } from "@/lib/format/chart-format";
import { formatMoney } from "@/lib/format/money";
import { ChartCard } from "./chart-card";
import { MoneyTooltip } from "./chart-tooltip";

interface Props {
  merchants: { name: string; total: number; count: number }[];
  text: { title: string; merchant: string; amount: string; count: string; showTable: string; showChart: string; summary: string; empty: string };
}

export function TopMerchantsChart({ merchants, text }: Props) {
  const table = { columns: [text.merchant, text.amount, text.count], rows: merchants.map((row) => [row.name, formatMoney(row.total), String(row.count)]) };
  return (
    <ChartCard title={text.title} summary={text.summary} table={table} labels={text} testId="top-merchants">
      {merchants.length === 0 ? (
        <p className="muted">{text.empty}</p>
      ) : (
        <div className="chart-area tall">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={merchants} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 8 }} accessibilityLayer>
              <CartesianGrid horizontal={false} />
              <XAxis type="number" tickFormatter={formatCompactKroner} tickLine={false} />
              <YAxis type="category" dataKey="name" width={120} tickLine={false} axisLine={false} />
              <Tooltip content={<MoneyTooltip />} />
              <Bar dataKey="total" name={text.amount} fill="var(--chart-2)" radius={[0, 3, 3, 0]} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </ChartCard>
  );
}
