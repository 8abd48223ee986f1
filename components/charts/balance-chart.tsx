"use client";

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompactKroner } from "@/lib/format/chart-format";
import { formatMoney } from "@/lib/format/money";
import { ChartCard } from "./chart-card";
import { MoneyTooltip } from "./chart-tooltip";

interface Props {
  points: { date: string; balance: number }[];
  locale: string;
  testId?: string;
  text: { title: string; date: string; balance: string; showTable: string; showChart: string; summary: string };
}

function dayLabel(day: string, locale: string, withYear = false) {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", ...(withYear ? { year: "numeric" } : {}), timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export function BalanceChart({ points, locale, text, testId = "balance-over-time" }: Props) {
  // The table lists month ends (and the last day): a year of daily rows is no use to a listener.
  const tableRows = points.filter((point, index) => index === points.length - 1 || points[index + 1]?.date.slice(0, 7) !== point.date.slice(0, 7));
  const table = { columns: [text.date, text.balance], rows: tableRows.map((point) => [dayLabel(point.date, locale, true), formatMoney(point.balance)]) };
  const last = points.at(-1);
  return (
    <ChartCard title={text.title} summary={text.summary} table={table} labels={text} testId={testId}>
      <div className="chart-area" data-last-balance={last?.balance} data-last-date={last?.date}>
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="date" tickFormatter={(day: string) => dayLabel(day, locale)} minTickGap={32} tickLine={false} />
            <YAxis tickFormatter={formatCompactKroner} width={72} tickLine={false} axisLine={false} domain={["auto", "auto"]} />
            <Tooltip content={<MoneyTooltip formatLabel={(day) => dayLabel(day, locale, true)} />} />
            <Area dataKey="balance" name={text.balance} stroke="var(--chart-1)" fill="var(--chart-1)" fillOpacity={0.15} strokeWidth={2} type="monotone" />
          </AreaChart>
        </ResponsiveContainer>
      </div>
    </ChartCard>
  );
}
