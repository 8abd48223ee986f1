"use client";

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompactKroner } from "@/lib/format/chart-format";
import { MoneyTooltip } from "./chart-tooltip";
import { dateTicks, dayLabel } from "./day-label";

export interface BalancePlotProps {
  points: { date: string; balance: number }[];
  locale: string;
  balanceLabel: string;
}

export default function BalancePlot({ points, locale, balanceLabel }: BalancePlotProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <AreaChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="date" tickFormatter={(day: string) => dayLabel(day, locale)} ticks={dateTicks(points)} interval={0} tickLine={false} />
        <YAxis tickFormatter={formatCompactKroner} width={72} tickLine={false} axisLine={false} domain={["auto", "auto"]} />
        <Tooltip content={<MoneyTooltip formatLabel={(day) => dayLabel(day, locale, true)} />} />
        <Area isAnimationActive={false} dataKey="balance" name={balanceLabel} stroke="var(--chart-1)" fill="var(--chart-1)" fillOpacity={0.15} strokeWidth={2} type="monotone" />
      </AreaChart>
    </ResponsiveContainer>
  );
}
