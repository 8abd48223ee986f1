import { formatMonthLong } from "@/lib/format/chart-format";
import { formatMoney } from "@/lib/format/money";
import { ChartCard } from "./chart-card";
import { InteractivePlot } from "./lazy-plots";
import { CashFlowSvg } from "./static-plots";

interface Props {
  months: { month: string; income: number; spending: number; net: number }[];
  locale: string;
  text: { title: string; income: string; spending: string; net: string; month: string; showTable: string; showChart: string; summary: string };
}

export function CashFlowChart({ months, locale, text }: Props) {
  const table = {
    columns: [text.month, text.income, text.spending, text.net],
    rows: months.map((row) => [formatMonthLong(row.month, locale), formatMoney(row.income), formatMoney(row.spending), formatMoney(row.net)]),
  };
  return (
    <ChartCard title={text.title} summary={text.summary} table={table} labels={text} testId="cash-flow">
      <div className="chart-area">
        <InteractivePlot kind="cashFlow" props={{ months, locale, text: { income: text.income, spending: text.spending, net: text.net } }}>
          <CashFlowSvg months={months} locale={locale} text={text} />
        </InteractivePlot>
      </div>
    </ChartCard>
  );
}
