"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompactKroner, formatMonthLong, formatMonthShort } from "@/lib/format/chart-format";
import { MoneyTooltip } from "./chart-tooltip";

export interface CashFlowPlotProps {
  months: { month: string; income: number; spending: number; net: number }[];
  locale: string;
  text: { income: string; spending: string; net: string };
}

export default function CashFlowPlot({ months, locale, text }: CashFlowPlotProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={months} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="month" tickFormatter={(month: string) => formatMonthShort(month, locale)} tickLine={false} />
        <YAxis tickFormatter={formatCompactKroner} width={72} tickLine={false} axisLine={false} />
        <Tooltip content={<MoneyTooltip formatLabel={(month) => formatMonthLong(month, locale)} />} />
        <Legend />
        <Bar isAnimationActive={false} dataKey="income" name={text.income} fill="var(--chart-income)" radius={[3, 3, 0, 0]} />
        <Bar isAnimationActive={false} dataKey="spending" name={text.spending} fill="var(--chart-spending)" radius={[3, 3, 0, 0]} />
        <Line isAnimationActive={false} dataKey="net" name={text.net} stroke="var(--chart-1)" strokeWidth={2} dot={false} type="monotone" />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
