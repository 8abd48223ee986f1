import { formatMoney } from "@/lib/format/money";
import { ChartCard } from "./chart-card";
import { InteractivePlot } from "./lazy-plots";
import { MerchantBars } from "./static-plots";

interface Props {
  merchants: { name: string; total: number; count: number }[];
  text: { title: string; merchant: string; amount: string; count: string; showTable: string; showChart: string; summary: string; empty: string };
}

export function TopMerchantsChart({ merchants, text }: Props) {
  const table = { columns: [text.merchant, text.amount, text.count], rows: merchants.map((row) => [row.name, formatMoney(row.total), String(row.count)]) };
  return (
    <ChartCard title={text.title} summary={text.summary} table={table} labels={text} testId="top-merchants">
      {merchants.length === 0 ? (
        <p className="muted">{text.empty}</p>
      ) : (
        <div className="chart-area tall">
          <InteractivePlot kind="merchants" props={{ merchants: merchants.map(({ name, total }) => ({ name, total })), amountLabel: text.amount }}>
            <MerchantBars merchants={merchants} label={text.title} />
          </InteractivePlot>
        </div>
      )}
    </ChartCard>
  );
}
