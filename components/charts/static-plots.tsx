import type { ReactNode } from "react";
import { categoryAppearance, categoryColorVar } from "@/lib/categories/category-appearance";
import { donutArcs, groupCenter, groupedBars, labelIndexes, linePath, areaPath, bandPath, pointX, valueScale, type LinearScale } from "@/lib/charts/svg-geometry";
import { formatCompactKroner, formatMonthShort } from "@/lib/format/chart-format";
import { formatMoney } from "@/lib/format/money";
import { dayLabel } from "./day-label";

// The first paint of every chart: plain SVG drawn on the server from the series, no layout
// measuring and no script. The shapes stretch with the box; labels are HTML placed in percent, so
// they stay crisp at any width. recharts takes over when the chart is touched (interactive-plot.tsx).

interface FrameProps {
  label: string;
  scale: LinearScale & { ticks: number[] };
  xLabels: { x: number; text: string }[];
  children: ReactNode;
  legend?: { color: string; text: string; dashed?: boolean }[];
}

function CartesianFrame({ label, scale, xLabels, children, legend }: FrameProps) {
  return (
    <div className={legend ? "svg-plot with-legend" : "svg-plot"} role="img" aria-label={label}>
      <div className="svg-plot-axis-y" aria-hidden="true">
        {scale.ticks.map((tick) => (
          <span key={tick} style={{ top: `${scale.y(tick)}%` }}>
            {formatCompactKroner(tick)}
          </span>
        ))}
      </div>
      <div className="svg-plot-area">
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {scale.ticks.map((tick) => (
            <line key={tick} x1={0} x2={100} y1={scale.y(tick)} y2={scale.y(tick)} className="svg-plot-grid" vectorEffect="non-scaling-stroke" />
          ))}
          {children}
        </svg>
      </div>
      <div className="svg-plot-axis-x" aria-hidden="true">
        {xLabels.map(({ x, text }) => (
          <span key={`${x}-${text}`} style={{ left: `${x}%` }} data-edge={x <= 5 ? "start" : x >= 95 ? "end" : undefined}>
            {text}
          </span>
        ))}
      </div>
      {legend && (
        <ul className="svg-plot-legend" aria-hidden="true">
          {legend.map((item) => (
            <li key={item.text}>
              <span className={item.dashed ? "swatch dashed" : "swatch"} style={{ background: item.dashed ? undefined : item.color, borderColor: item.color }} />
              {item.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const span = (first: { value: number; label: string } | undefined, last: { value: number; label: string } | undefined) =>
  first && last ? `${first.label}: ${formatMoney(first.value)} → ${last.label}: ${formatMoney(last.value)}` : "";

export function BalanceSvg({ points, locale, label }: { points: { date: string; balance: number }[]; locale: string; label: string }) {
  const values = points.map((point) => point.balance);
  const scale = valueScale(values);
  const first = points[0];
  const last = points.at(-1);
  const description = `${label}. ${span(first && { value: first.balance, label: dayLabel(first.date, locale, true) }, last && { value: last.balance, label: dayLabel(last.date, locale, true) })}`;
  return (
    <CartesianFrame
      label={description}
      scale={scale}
      xLabels={labelIndexes(points.length, 4).map((index) => ({ x: pointX(index, points.length), text: dayLabel(points[index]!.date, locale) }))}
    >
      <path d={areaPath(values, scale, scale.domain[0])} fill="var(--chart-1)" fillOpacity={0.15} stroke="none" />
      <path d={linePath(values, scale)} fill="none" stroke="var(--chart-1)" strokeWidth={2} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
    </CartesianFrame>
  );
}

export function CashFlowSvg({
  months,
  locale,
  text,
}: {
  months: { month: string; income: number; spending: number; net: number }[];
  locale: string;
  text: { title: string; income: string; spending: string; net: string };
}) {
  const scale = valueScale(months.flatMap((row) => [row.income, row.spending, row.net]), { withZero: true });
  const bars = groupedBars(
    months.map((row) => [row.income, row.spending]),
    scale,
  );
  const net = months.map((row, index) => `${index === 0 ? "M" : "L"}${groupCenter(index, months.length)} ${scale.y(row.net)}`).join("");
  const last = months.at(-1);
  const description = last
    ? `${text.title}. ${formatMonthShort(last.month, locale)}: ${text.income} ${formatMoney(last.income)}, ${text.spending} ${formatMoney(last.spending)}, ${text.net} ${formatMoney(last.net)}`
    : text.title;
  return (
    <CartesianFrame
      label={description}
      scale={scale}
      // Every other month, ending with the last (a narrow screen shows every fourth, see charts.css).
      xLabels={months
        .map((row, index) => ({ x: groupCenter(index, months.length), text: formatMonthShort(row.month, locale), index }))
        .filter(({ index }) => months.length <= 6 || (months.length - 1 - index) % 2 === 0)}
      legend={[
        { color: "var(--chart-income)", text: text.income },
        { color: "var(--chart-spending)", text: text.spending },
        { color: "var(--chart-1)", text: text.net },
      ]}
    >
      {bars.map(([income, spending], index) => (
        <g key={months[index]!.month}>
          {income && <rect {...income} fill="var(--chart-income)" />}
          {spending && <rect {...spending} fill="var(--chart-spending)" />}
        </g>
      ))}
      <path d={net} fill="none" stroke="var(--chart-1)" strokeWidth={2} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
    </CartesianFrame>
  );
}

export function ForecastSvg({
  history,
  forecast,
  locale,
  text,
}: {
  history: { date: string; balance: number }[];
  forecast: { date: string; balance: number; low: number; high: number }[];
  locale: string;
  text: { title: string; balance: string; forecast: string; low: string; high: string };
}) {
  const count = history.length + forecast.length;
  const scale = valueScale([...history.map((point) => point.balance), ...forecast.flatMap((point) => [point.low, point.high])]);
  const zeroShown = scale.domain[0] < 0 && scale.domain[1] > 0;
  const dates = [...history.map((point) => point.date), ...forecast.map((point) => point.date)];
  // The forecast starts at the last day of history, so the two lines meet.
  const joined = history.length > 0 ? [history.at(-1)!.balance, ...forecast.map((point) => point.balance)] : forecast.map((point) => point.balance);
  const offset = history.length > 0 ? history.length - 1 : 0;
  const end = forecast.at(-1);
  return (
    <CartesianFrame
      label={`${text.title}. ${end ? `${dayLabel(end.date, locale, true)}: ${formatMoney(end.balance)} (${formatMoney(end.low)}–${formatMoney(end.high)})` : ""}`}
      scale={scale}
      xLabels={labelIndexes(count, 4).map((index) => ({ x: pointX(index, count), text: dayLabel(dates[index]!, locale) }))}
      legend={[
        { color: "var(--chart-1)", text: text.balance },
        { color: "var(--chart-2)", text: text.forecast, dashed: true },
      ]}
    >
      <path
        d={bandPath(
          forecast.map((point) => point.low),
          forecast.map((point) => point.high),
          scale,
          count,
          history.length,
        )}
        fill="var(--chart-2)"
        fillOpacity={0.18}
        stroke="none"
      />
      {zeroShown && <line x1={0} x2={100} y1={scale.y(0)} y2={scale.y(0)} stroke="var(--muted)" vectorEffect="non-scaling-stroke" />}
      <path d={linePath(history.map((point) => point.balance), scale, count)} fill="none" stroke="var(--chart-1)" strokeWidth={2} vectorEffect="non-scaling-stroke" />
      <path d={linePath(joined, scale, count, offset)} fill="none" stroke="var(--chart-2)" strokeWidth={2} strokeDasharray="6 4" vectorEffect="non-scaling-stroke" />
    </CartesianFrame>
  );
}

export function SeriesHistorySvg({ points, locale, label }: { points: { date: string; amount: number }[]; locale: string; label: string }) {
  const values = points.map((point) => point.amount);
  const scale = valueScale(values, { withZero: true });
  const first = points[0];
  const last = points.at(-1);
  return (
    <CartesianFrame
      label={`${label}. ${span(first && { value: first.amount, label: dayLabel(first.date, locale, true) }, last && { value: last.amount, label: dayLabel(last.date, locale, true) })}`}
      scale={scale}
      xLabels={labelIndexes(points.length, 4).map((index) => ({ x: groupCenter(index, points.length), text: dayLabel(points[index]!.date, locale) }))}
    >
      {groupedBars(values.map((value) => [value]), scale, 0.3).map(([bar], index) => bar && <rect key={points[index]!.date} {...bar} fill="var(--chart-1)" />)}
    </CartesianFrame>
  );
}

/** Horizontal bars as HTML: long names wrap instead of being measured and cut. */
export function MerchantBars({ merchants, label }: { merchants: { name: string; total: number }[]; label: string }) {
  const top = Math.max(1, ...merchants.map((merchant) => merchant.total));
  return (
    <ol className="bar-list" aria-label={label}>
      {merchants.map((merchant) => (
        <li key={merchant.name}>
          <span className="bar-list-name">{merchant.name}</span>
          <span className="amount">{formatMoney(merchant.total)}</span>
          <span className="bar-list-bar" aria-hidden="true">
            <span style={{ width: `${Math.max(1, (merchant.total / top) * 100)}%` }} />
          </span>
        </li>
      ))}
    </ol>
  );
}

/** Each category's share of the month as a ring, in the category's own colour, the total inside. */
export function CategoryDonut({
  categories,
  totalText,
  label,
  totalLabel,
}: {
  categories: { main: string; label: string; total: number; share: number; amountText: string }[];
  totalText: string;
  label: string;
  totalLabel: string;
}) {
  const arcs = donutArcs(
    categories.map((category) => category.total),
    50,
    36,
  );
  return (
    <div className="donut" aria-label={label} role="img">
      <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false">
        {arcs.map((arc, index) => {
          const category = categories[index]!;
          return arc.path ? (
            <path key={category.main} d={arc.path} fill={categoryColorVar(categoryAppearance(category.main, category.label))}>
              <title>{`${category.label}: ${category.amountText}`}</title>
            </path>
          ) : null;
        })}
      </svg>
      <div className="donut-total" aria-hidden="true">
        <span className="muted">{totalLabel}</span>
        <strong>{totalText}</strong>
      </div>
    </div>
  );
}
