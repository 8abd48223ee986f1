import { DeferredDetails } from "@/components/deferred-details";
import { UrlSelect } from "@/components/url-controls";
import { loadRecurring } from "@/lib/dashboard/load-recurring";
import { formatDay } from "@/lib/format/dates";
import { formatMoney } from "@/lib/format/money";
import { INTL_LOCALE, MESSAGES, type Locale } from "@/lib/i18n/messages";
import type { ChosenSeries, SeriesGroup } from "@/lib/recurring/types";
import { SeriesActions } from "./series-actions";
import { SeriesHistory } from "./series-history";

type Sort = "cost" | "name" | "next";

interface Props {
  userId: string;
  locale: Locale;
  today: string;
  sort: Sort;
}

const GROUP_ORDER: readonly SeriesGroup[] = ["subscription", "bill", "income"];

function compare(sort: Sort): (a: ChosenSeries, b: ChosenSeries) => number {
  if (sort === "name") return (a, b) => a.name.localeCompare(b.name, "nb");
  if (sort === "next") return (a, b) => (a.nextDate < b.nextDate ? -1 : a.nextDate > b.nextDate ? 1 : 0);
  return (a, b) => b.monthlyCost - a.monthlyCost || b.amount - a.amount;
}

/** Every detected series grouped as subscriptions, bills and income, with totals, flags, history and rows. */
export async function SeriesList({ userId, locale, today, sort }: Props) {
  const t = MESSAGES[locale];
  const r = t.recurring;
  const intl = INTL_LOCALE[locale];
  const { series, summary, accountNames } = await loadRecurring(userId, today);
  const listed = series.filter((candidate) => !candidate.dismissed);
  const dismissed = series.filter((candidate) => candidate.dismissed);
  if (series.length === 0) return <p className="card">{r.empty}</p>;
  const actionText = { confirm: r.confirm, dismiss: r.dismiss, restore: r.restore, rename: r.rename, save: r.save, name: r.name, invalid: r.invalidChoice, unknown: r.unknownSeries };
  const day = (value: string) => formatDay(value, intl);

  const item = (candidate: ChosenSeries) => (
    <li key={candidate.key} className="card series" data-testid="series" data-series-key={candidate.key} data-monthly-cost={candidate.monthlyCost} data-group={candidate.group}>
      <div className="series-head">
        <h3 className="series-name">{candidate.name}</h3>
        <span className="series-flags">
          {candidate.isNew && <span className="badge">{r.flagNew}</span>}
          {candidate.priceRise && !candidate.ended && <span className="badge">{r.flagPriceRise}</span>}
          {candidate.missed && <span className="badge">{r.flagMissed}</span>}
          {candidate.ended && <span className="badge neutral">{r.flagEnded}</span>}
          {candidate.confirmed && <span className="badge neutral">{r.flagConfirmed}</span>}
        </span>
        <span className="series-cost amount" data-testid="series-monthly">
          {r.perMonth.replace("{amount}", formatMoney(candidate.monthlyCost))}
        </span>
      </div>
      {candidate.name !== candidate.detectedName && <p className="muted series-line">{r.detectedAs.replace("{name}", candidate.detectedName)}</p>}
      <p className="muted series-line">
        {r.cadences[candidate.cadence]} · {formatMoney(candidate.amount)} · {r.perYear.replace("{amount}", formatMoney(candidate.yearlyCost))} · {accountNames.get(candidate.accountId) ?? ""}
      </p>
      <p className="muted series-line">
        {r.lastDate}: {day(candidate.lastDate)}
        {!candidate.ended && (
          <>
            {" · "}
            {r.nextDate}: {day(candidate.nextDate)}
          </>
        )}
        {candidate.reserved && (
          <span data-testid="series-reserved">
            {" · "}
            {r.reserved.replace("{date}", day(candidate.reserved.date)).replace("{amount}", formatMoney(candidate.reserved.amount))}
          </span>
        )}
      </p>
      {candidate.priceRise && (
        <p className="series-line" data-testid="price-rise">
          {r.priceRise
            .replace("{old}", formatMoney(candidate.priceRise.oldAmount))
            .replace("{new}", formatMoney(candidate.priceRise.newAmount))
            .replace("{date}", day(candidate.priceRise.date))
            .replace("{perYear}", formatMoney(candidate.priceRise.perYear))}
        </p>
      )}
      <SeriesActions seriesKey={candidate.key} name={candidate.name} confirmed={candidate.confirmed} dismissed={candidate.dismissed} text={actionText} />
      <DeferredDetails
        summary={r.details}
        placeholder={
          <p className="skeleton series-history-placeholder" role="status">
            <span className="sr-only">{t.loading}</span>
          </p>
        }
      >
        <SeriesHistory
          payments={candidate.occurrences.map(({ id, date, amount }) => ({ id, date, amount }))}
          direction={candidate.direction}
          locale={intl}
          text={{ title: r.priceHistory.replace("{name}", candidate.name), date: t.date, amount: r.amount, showTable: t.showAsTable, showChart: t.showAsChart, summary: t.chartSummary.replace("{title}", r.historyChart).replace("{count}", String(candidate.occurrences.length)), rows: r.rows }}
        />
      </DeferredDetails>
    </li>
  );

  return (
    <>
      <section className="card" aria-labelledby="recurring-totals">
        <h2 id="recurring-totals" className="sr-only">
          {r.title}
        </h2>
        <div className="table-wrap">
          <table data-testid="recurring-totals">
            <thead>
              <tr>
                <th scope="col">{r.name}</th>
                <th scope="col" className="amount">
                  {r.totalPerMonth}
                </th>
                <th scope="col" className="amount">
                  {r.totalPerYear}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.groups.map((group) => (
                <tr key={group.group} data-group={group.group}>
                  <th scope="row">
                    {r.groups[group.group]} ({group.count})
                  </th>
                  <td className="amount">{formatMoney(group.monthly)}</td>
                  <td className="amount">{formatMoney(group.yearly)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="toolbar" style={{ marginTop: "0.75rem" }}>
          <UrlSelect
            name="sort"
            label={r.sortBy}
            value={sort}
            options={[
              { value: "cost", label: r.sortCost },
              { value: "name", label: r.sortName },
              { value: "next", label: r.sortNext },
            ]}
          />
        </div>
      </section>
      {GROUP_ORDER.map((group) => {
        const members = listed.filter((candidate) => candidate.group === group).sort(compare(sort));
        if (members.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`group-${group}`} className="stack" data-testid={`series-group-${group}`}>
            <h2 id={`group-${group}`}>{r.groups[group]}</h2>
            <ul className="series-list">{members.map(item)}</ul>
          </section>
        );
      })}
      {dismissed.length > 0 && (
        <section aria-labelledby="group-dismissed" className="stack" data-testid="series-dismissed">
          <h2 id="group-dismissed">{r.dismissedHeading}</h2>
          <ul className="series-list">{dismissed.map(item)}</ul>
        </section>
      )}
    </>
  );
}
