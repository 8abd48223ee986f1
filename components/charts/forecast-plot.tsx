"use client";

import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompactKroner } from "@/lib/format/chart-format";
import { MoneyTooltip } from "./chart-tooltip";
import { dateTicks, dayLabel } from "./day-label";

export interface ForecastPlotPoint {
  date: string;
  balance?: number;
  forecast?: number;
  band?: [number, number];
}

export interface ForecastPlotProps {
  points: ForecastPlotPoint[];
  locale: string;
  labels: { balance: string; forecast: string; band: string };
}

export default function ForecastPlot({ points, locale, labels }: ForecastPlotProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="date" tickFormatter={(day: string) => dayLabel(day, locale)} ticks={dateTicks(points)} interval={0} tickLine={false} />
        <YAxis tickFormatter={formatCompactKroner} width={72} tickLine={false} axisLine={false} domain={["auto", "auto"]} />
        <Tooltip content={<MoneyTooltip formatLabel={(day) => dayLabel(day, locale, true)} />} />
        <ReferenceLine y={0} stroke="var(--muted)" />
        <Area isAnimationActive={false} dataKey="band" name={labels.band} stroke="none" fill="var(--chart-2)" fillOpacity={0.18} type="monotone" tooltipType="none" />
        <Line isAnimationActive={false} dataKey="balance" name={labels.balance} stroke="var(--chart-1)" strokeWidth={2} dot={false} type="monotone" />
        <Line isAnimationActive={false} dataKey="forecast" name={labels.forecast} stroke="var(--chart-2)" strokeWidth={2} strokeDasharray="6 4" dot={false} type="monotone" />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
