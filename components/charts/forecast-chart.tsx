import type { ReactNode } from "react";
import { formatMoney } from "@/lib/format/money";
import { ChartCard } from "./chart-card";
import { dayLabel } from "./day-label";
import { InteractivePlot } from "./lazy-plots";
import { ForecastSvg } from "./static-plots";

interface Props {
  history: { date: string; balance: number }[];
  forecast: { date: string; balance: number; low: number; high: number }[];
  locale: string;
  footer?: ReactNode;
  text: { title: string; date: string; balance: string; forecast: string; low: string; high: string; showTable: string; showChart: string; summary: string };
}

/** The balance line continued ahead: history solid, forecast dashed, its 80 % band shaded. */
export function ForecastChart({ history, forecast, locale, text, footer }: Props) {
  const start = forecast[0];
  const points = [
    ...history.filter((point) => !start || point.date < start.date).map((point) => ({ date: point.date, balance: point.balance })),
    ...forecast.map((point, index) => ({
      date: point.date,
      forecast: point.balance,
      band: [point.low, point.high] as [number, number],
      ...(index === 0 ? { balance: point.balance } : {}),
    })),
  ];
  const table = {
    columns: [text.date, text.forecast, text.low, text.high],
    rows: forecast.map((point) => [dayLabel(point.date, locale, true), formatMoney(point.balance), formatMoney(point.low), formatMoney(point.high)]),
  };
  const end = forecast.at(-1);
  return (
    <ChartCard title={text.title} summary={text.summary} table={table} labels={text} testId="balance-forecast" footer={footer}>
      <div className="chart-area" data-forecast-end={end?.balance} data-forecast-end-date={end?.date}>
        <InteractivePlot kind="forecast" props={{ points, locale, labels: { balance: text.balance, forecast: text.forecast, band: `${text.low}–${text.high}` } }}>
          <ForecastSvg history={history.filter((point) => !start || point.date < start.date)} forecast={forecast} locale={locale} text={text} />
        </InteractivePlot>
      </div>
    </ChartCard>
  );
}
