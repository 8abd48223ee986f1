"use client";

import { Bar, BarChart, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompactKroner } from "@/lib/format/chart-format";
import { MoneyTooltip } from "./chart-tooltip";

const COLORS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)"];

export interface CategoryPlotProps {
  categories: { main: string; label: string; total: number }[];
  amountLabel: string;
  onSelect: (main: string) => void;
}

export default function CategoryPlot({ categories, amountLabel, onSelect }: CategoryPlotProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={categories} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 8 }} accessibilityLayer>
        <XAxis type="number" tickFormatter={formatCompactKroner} tickLine={false} />
        <YAxis type="category" dataKey="label" width={110} tickLine={false} axisLine={false} />
        <Tooltip content={<MoneyTooltip />} />
        <Bar dataKey="total" name={amountLabel} radius={[0, 3, 3, 0]} onClick={(entry) => onSelect((entry as { main?: string }).main ?? "")}>
          {categories.map((category, index) => (
            <Cell key={category.main} fill={COLORS[index % COLORS.length]} cursor="pointer" />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
