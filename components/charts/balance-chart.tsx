import { thinSeries } from "@/lib/charts/svg-geometry";
import { formatMoney } from "@/lib/format/money";
import { ChartCard } from "./chart-card";
import { dayLabel } from "./day-label";
import { InteractivePlot } from "./lazy-plots";
import { BalanceSvg } from "./static-plots";

/** A phone's chart is ~300 px wide: more points than this only cost time to send and draw. */
const MAX_POINTS = 120;

interface Props {
  points: { date: string; balance: number }[];
  locale: string;
  testId?: string;
  text: { title: string; date: string; balance: string; showTable: string; showChart: string; summary: string };
}

export function BalanceChart({ points, locale, text, testId = "balance-over-time" }: Props) {
  // The table lists month ends (and the last day): a year of daily rows is no use to a listener.
  const tableRows = points.filter((point, index) => index === points.length - 1 || points[index + 1]?.date.slice(0, 7) !== point.date.slice(0, 7));
  const table = { columns: [text.date, text.balance], rows: tableRows.map((point) => [dayLabel(point.date, locale, true), formatMoney(point.balance)]) };
  const last = points.at(-1);
  const shown = thinSeries(points, MAX_POINTS, (point) => point.balance);
  return (
    <ChartCard title={text.title} summary={text.summary} table={table} labels={text} testId={testId}>
      <div className="chart-area" data-last-balance={last?.balance} data-last-date={last?.date}>
        <InteractivePlot kind="balance" props={{ points: shown, locale, balanceLabel: text.balance }}>
          <BalanceSvg points={shown} locale={locale} label={text.title} />
        </InteractivePlot>
      </div>
    </ChartCard>
  );
}
