import { BalanceChart } from "@/components/charts/balance-chart";
import { CashFlowChart } from "@/components/charts/cash-flow-chart";
import { CategoryChart } from "@/components/charts/category-chart";
import { TopMerchantsChart } from "@/components/charts/top-merchants-chart";
import { CardSkeleton } from "@/components/skeletons";
import { UrlCheckbox, UrlSelect } from "@/components/url-controls";
import { currentOverviewSeries } from "@/lib/dashboard/current-overview-series";
import { formatMonthLong, formatPercent } from "@/lib/format/chart-format";
import { withSpendingText } from "@/lib/format/category-spending-text";
import { formatMoney } from "@/lib/format/money";
import { INTL_LOCALE, MESSAGES, type Locale } from "@/lib/i18n/messages";
import { UNKNOWN_MERCHANT } from "@/lib/insights/merchant-totals";
import { netWorthChange } from "@/lib/insights/net-worth-change";
import { pickableMonths } from "@/lib/insights/overview-window";
import { TrendingDown, TrendingUp } from "lucide-react";
import { Suspense } from "react";
import { ForecastSection } from "./forecast-section";
import { MonthNav } from "./month-nav";

interface Props {
  userId: string;
  locale: Locale;
  today: string;
  month: string;
  includeTransfers: boolean;
}

/** Every chart's series is computed on the server (and kept per data version); the charts only draw. */
export async function OverviewCharts({ userId, locale, today, month, includeTransfers }: Props) {
  const t = MESSAGES[locale];
  const intl = INTL_LOCALE[locale];
  const series = await currentOverviewSeries(userId, today, month, includeTransfers);
  if (!series) return null;
  const labels = { showTable: t.showAsTable, showChart: t.showAsChart };
  const comparison = series.monthComparison;
  const months = pickableMonths(today);
  const netWorth = netWorthChange(series.balance, today);
  const summary = (title: string, count: number) => t.chartSummary.replace("{title}", title).replace("{count}", String(count));

  return (
    <>
      <section className="card headline" aria-labelledby={netWorth ? "net-worth-label" : "month-spend"}>
        {netWorth && (
          <div data-testid="net-worth">
            <p className="stat-label" id="net-worth-label">
              {t.netWorth}
            </p>
            <p className="stat-value" data-testid="net-worth-now" data-amount={netWorth.now}>
              {formatMoney(netWorth.now)}
            </p>
            <p className="muted change-line" data-testid="net-worth-change" data-amount={netWorth.change ?? undefined}>
              {netWorth.change === null ? (
                t.netWorthNoHistory
              ) : netWorth.change === 0 ? (
                t.netWorthSame
              ) : netWorth.change > 0 ? (
                <>
                  <TrendingUp size={16} aria-hidden="true" className="change-up" /> {t.netWorthUp.replace("{amount}", formatMoney(netWorth.change))}
                </>
              ) : (
                <>
                  <TrendingDown size={16} aria-hidden="true" className="change-down" /> {t.netWorthDown.replace("{amount}", formatMoney(-netWorth.change))}
                </>
              )}
            </p>
          </div>
        )}
        <div>
          <p className="stat-label" id="month-spend">
            {t.spentThisMonth}
          </p>
          <p className="stat-value" data-testid="spent-this-month">
            {formatMoney(comparison.thisMonth)}
          </p>
          <p className="muted" style={{ margin: 0 }}>
            {t.comparedWithLastMonth.replace("{amount}", formatMoney(comparison.lastMonthToSameDay))}
            {comparison.change !== null &&
              ` · ${(comparison.change >= 0 ? t.moreThanLastMonth : t.lessThanLastMonth).replace("{pct}", formatPercent(Math.abs(comparison.change), intl))}`}
            {" · "}
            {t.lastMonthTotal.replace("{amount}", formatMoney(comparison.lastMonthTotal))}
          </p>
          <div style={{ marginTop: "0.5rem" }} className="toolbar">
            <UrlCheckbox name="transfers" label={t.includeTransfers} checked={includeTransfers} onValue="include" />
          </div>
        </div>
      </section>

      <CategoryChart
        totalText={formatMoney(series.spendingByCategory.total)}
        categories={withSpendingText(
          series.spendingByCategory.categories.map((category) => (category.main === "none" ? { ...category, label: t.uncategorised } : category)),
          intl,
        )}
        monthPicker={
          <MonthNav month={month} months={months} includeTransfers={includeTransfers} locale={intl} text={{ previous: t.previousMonth, next: t.nextMonth }}>
            <UrlSelect key={month} name="month" label={t.month} value={month} options={months.map((value) => ({ value, label: formatMonthLong(value, intl) }))} />
          </MonthNav>
        }
        text={{
          ...labels,
          title: `${t.spendingByCategory}, ${formatMonthLong(month, intl)}`,
          category: t.category,
          amount: t.amount,
          count: t.count,
          summary: summary(t.spendingByCategory, series.spendingByCategory.categories.length),
          empty: t.noSpending,
          total: t.total,
          subcategoriesOf: t.subcategoriesOf,
        }}
      />

      <CashFlowChart
        months={series.cashFlow}
        locale={intl}
        text={{ ...labels, title: t.cashFlow, income: t.income, spending: t.spending, net: t.net, month: t.month, summary: summary(t.cashFlow, series.cashFlow.length) }}
      />

      <div className="grid-2">
        <BalanceChart
          points={series.balance}
          locale={intl}
          text={{ ...labels, title: t.balanceOverTime, date: t.date, balance: t.balance, summary: summary(t.balanceOverTime, series.balance.length) }}
        />
        <TopMerchantsChart
          merchants={series.topMerchants.map((merchant) => (merchant.name === UNKNOWN_MERCHANT ? { ...merchant, name: t.unknownMerchant } : merchant))}
          text={{ ...labels, title: t.topMerchants, merchant: t.merchant, amount: t.amount, count: t.count, summary: summary(t.topMerchants, series.topMerchants.length), empty: t.noSpending }}
        />
      </div>
      {!includeTransfers && <p className="muted">{t.transfersExcluded}</p>}
      {/* After the charts: below the first screen of a window up to 1,440 px tall, whatever its width. */}
      <Suspense fallback={<CardSkeleton label={t.loading} belowFirstScreen="(max-height: 90rem)" />}>
        <ForecastSection userId={userId} locale={locale} today={today} history={series.balance.slice(-61)} />
      </Suspense>
    </>
  );
}

/**
 * The charts' places while their series are read, close to their final sizes so nothing jumps.
 * `belowFirstScreen`: a media query where they start below the first screen (see CardSkeleton).
 */
export function OverviewChartsSkeleton({ label, belowFirstScreen }: { label: string; belowFirstScreen?: string }) {
  return (
    <>
      <CardSkeleton label={label} height={96} belowFirstScreen={belowFirstScreen} />
      <CardSkeleton label={label} height={360} />
      <CardSkeleton label={label} height={280} />
      <div className="grid-2">
        <CardSkeleton label={label} height={280} />
        <CardSkeleton label={label} height={360} />
      </div>
    </>
  );
}
