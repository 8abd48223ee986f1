"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompactKroner } from "@/lib/format/chart-format";
import { MoneyTooltip } from "./chart-tooltip";

export interface MerchantsPlotProps {
  merchants: { name: string; total: number }[];
  amountLabel: string;
}

export default function MerchantsPlot({ merchants, amountLabel }: MerchantsPlotProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={merchants} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 8 }} accessibilityLayer>
        <CartesianGrid horizontal={false} />
        <XAxis type="number" tickFormatter={formatCompactKroner} tickLine={false} />
        <YAxis type="category" dataKey="name" width={120} tickLine={false} axisLine={false} />
        <Tooltip content={<MoneyTooltip />} />
        <Bar isAnimationActive={false} dataKey="total" name={amountLabel} fill="var(--chart-2)" radius={[0, 3, 3, 0]} />
      </BarChart>
    </ResponsiveContainer>
  );
}
