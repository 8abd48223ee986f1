import { formatMoney } from "@/lib/format/money";
import { ChartCard } from "./chart-card";
import { dayLabel } from "./day-label";
import { InteractivePlot } from "./lazy-plots";
import { SeriesHistorySvg } from "./static-plots";

interface Props {
  points: { date: string; amount: number }[];
  locale: string;
  testId?: string;
  text: { title: string; date: string; amount: string; showTable: string; showChart: string; summary: string };
}

/** One series' payments over time, so a price rise shows as a step. */
export function SeriesHistoryChart({ points, locale, text, testId }: Props) {
  const table = { columns: [text.date, text.amount], rows: points.map((point) => [dayLabel(point.date, locale, true), formatMoney(point.amount)]) };
  return (
    <ChartCard title={text.title} summary={text.summary} table={table} labels={text} testId={testId}>
      <div className="chart-area" style={{ height: 180 }}>
        <InteractivePlot kind="seriesHistory" props={{ points, locale, amountLabel: text.amount }}>
          <SeriesHistorySvg points={points} locale={locale} label={text.title} />
        </InteractivePlot>
      </div>
    </ChartCard>
  );
}
