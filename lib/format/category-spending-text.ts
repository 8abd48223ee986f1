import { formatPercent } from "./chart-format";
import { formatMoney } from "./money";

interface Spending {
  total: number;
  share: number;
  subs: { total: number }[];
}

/**
 * The month's category amounts and shares as text, written by the server that renders the chart:
 * the browser then hydrates it without building number formatters (each one's first use loads the
 * locale's data on a phone's main thread).
 */
export function withSpendingText<C extends Spending>(categories: C[], intlLocale: string) {
  return categories.map((category) => ({
    ...category,
    amountText: formatMoney(category.total),
    shareText: formatPercent(category.share, intlLocale),
    subs: category.subs.map((sub) => ({ ...sub, amountText: formatMoney(sub.total) })) as (C["subs"][number] & { amountText: string })[],
  }));
}
