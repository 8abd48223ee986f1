import type { ChosenSeries, SeriesGroup } from "./types";

export interface GroupTotals {
  group: SeriesGroup;
  count: number;
  monthly: number;
  yearly: number;
}

export interface SeriesSummary {
  groups: GroupTotals[];
  subscriptions: number;
  subscriptionsMonthly: number;
  priceRises: number;
  missed: number;
}

const GROUPS: readonly SeriesGroup[] = ["subscription", "bill", "income"];

/** Totals per group of the series the owner has not dismissed; ended ones count no cost. */
export function seriesSummary(series: readonly ChosenSeries[]): SeriesSummary {
  const listed = series.filter((candidate) => !candidate.dismissed && !candidate.ownTransfer);
  const groups = GROUPS.map((group) => {
    const members = listed.filter((candidate) => candidate.group === group && !candidate.ended);
    return { group, count: members.length, monthly: members.reduce((sum, member) => sum + member.monthlyCost, 0), yearly: members.reduce((sum, member) => sum + member.yearlyCost, 0) };
  });
  const subscriptions = groups[0] ?? { count: 0, monthly: 0 };
  return {
    groups,
    subscriptions: subscriptions.count,
    subscriptionsMonthly: subscriptions.monthly,
    priceRises: listed.filter((candidate) => candidate.priceRise && !candidate.ended).length,
    missed: listed.filter((candidate) => candidate.missed).length,
  };
}
