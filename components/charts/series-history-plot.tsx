"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompactKroner } from "@/lib/format/chart-format";
import { MoneyTooltip } from "./chart-tooltip";
import { dateTicks, dayLabel } from "./day-label";

export interface SeriesHistoryPlotProps {
  points: { date: string; amount: number }[];
  locale: string;
  amountLabel: string;
}

export default function SeriesHistoryPlot({ points, locale, amountLabel }: SeriesHistoryPlotProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="date" tickFormatter={(day: string) => dayLabel(day, locale)} ticks={dateTicks(points)} interval={0} tickLine={false} />
        <YAxis tickFormatter={formatCompactKroner} width={64} tickLine={false} axisLine={false} />
        <Tooltip content={<MoneyTooltip formatLabel={(day) => dayLabel(day, locale, true)} />} />
        <Bar isAnimationActive={false} dataKey="amount" name={amountLabel} fill="var(--chart-1)" />
      </BarChart>
    </ResponsiveContainer>
  );
}
