import { IntentLink as Link } from "@/components/intent-link";
import { ForecastChart } from "@/components/charts/forecast-chart";
import { renderedRecurring } from "@/lib/dashboard/load-recurring";
import { formatDay } from "@/lib/format/dates";
import { formatMoney } from "@/lib/format/money";
import { INTL_LOCALE, MESSAGES, type Locale } from "@/lib/i18n/messages";

interface Props {
  userId: string;
  locale: Locale;
  today: string;
  history: { date: string; balance: number }[];
}

/** The subscriptions card and the 30-day forecast continuing the balance line. */
export async function ForecastSection({ userId, locale, today, history }: Props) {
  const t = MESSAGES[locale];
  const r = t.recurring;
  const intl = INTL_LOCALE[locale];
  const { summary, forecast, accountNames } = await renderedRecurring(userId, today);
  const lowest = forecast.lowestBeforeIncome;
  const lowestText = (forecast.nextIncomeDate ? r.lowestBeforePayday : r.lowestInWindow).replace("{amount}", formatMoney(lowest.balance)).replace("{date}", formatDay(lowest.date, intl, "long"));
  const endPoint = forecast.total.at(-1);
  const warnings = forecast.accounts.filter((account) => account.belowLimit);
  return (
    <>
      <section className="card" aria-labelledby="recurring-summary" data-testid="recurring-summary">
        <p className="stat-label" id="recurring-summary">
          {r.title}
        </p>
        <p className="stat-value">
          {r.overview.replace("{count}", String(summary.subscriptions)).replace("{amount}", formatMoney(summary.subscriptionsMonthly))}
        </p>
        <p className="muted" style={{ margin: 0 }}>
          {summary.priceRises > 0 && <>{summary.priceRises === 1 ? r.overviewRise : r.overviewRises.replace("{count}", String(summary.priceRises))} · </>}
          {summary.missed > 0 && <>{r.overviewMissed.replace("{count}", String(summary.missed))} · </>}
          <Link href="/subscriptions">{r.seeAll}</Link>
        </p>
      </section>
      <ForecastChart
        history={history}
        forecast={forecast.total}
        locale={intl}
        text={{
          title: r.forecastTitle,
          date: t.date,
          balance: t.balance,
          forecast: r.forecast,
          low: r.forecastLow,
          high: r.forecastHigh,
          showTable: t.showAsTable,
          showChart: t.showAsChart,
          summary: t.chartSummary.replace("{title}", r.forecastTitle).replace("{count}", String(forecast.total.length)),
        }}
        footer={
          <div className="stack" style={{ gap: "0.4rem", marginTop: "0.75rem" }}>
            <p style={{ margin: 0 }} data-testid="forecast-lowest">
              {lowestText}
            </p>
            {endPoint && (
              <p className="muted" style={{ margin: 0 }} data-testid="forecast-end">
                {r.forecastEnd.replace("{amount}", formatMoney(endPoint.balance))}
              </p>
            )}
            {forecast.belowZeroBeforeIncome && (
              <p className="notice error" role="alert" data-testid="forecast-warning">
                {r.belowZero.replace("{date}", formatDay(lowest.date, intl, "long"))}
              </p>
            )}
            {warnings.map((warning) => (
              <p key={warning.accountId} className="notice warning" data-testid="forecast-account-warning">
                {r.accountBelowLimit.replace("{account}", accountNames.get(warning.accountId) ?? "").replace("{limit}", formatMoney(warning.floor))}
              </p>
            ))}
            <p className="muted" style={{ margin: 0, fontSize: "0.85rem" }}>
              {r.forecastExplain}
            </p>
          </div>
        }
      />
    </>
  );
}
