import { formatDay } from "@/lib/format/dates";
import { formatMoney } from "@/lib/format/money";
import { INTL_LOCALE, MESSAGES, type Locale } from "@/lib/i18n/messages";
import type { Reconciliation } from "@/lib/reconciliation/reconcile-account";

/** "Matches the bank", or the difference and since when: in words, never by colour alone. */
export function ReconciliationStatus({ reconciliation, currencyCode, locale }: { reconciliation: Reconciliation | undefined; currencyCode: string; locale: Locale }) {
  const t = MESSAGES[locale];
  if (!reconciliation || reconciliation.state === "unchecked") {
    return (
      <span className="muted" data-testid="reconciliation" data-state="unchecked">
        {t.notCheckedYet}
      </span>
    );
  }
  if (reconciliation.state === "matches") {
    return (
      <span className="reconciled" data-testid="reconciliation" data-state="matches">
        <span aria-hidden="true">✓ </span>
        {t.matchesBank}
      </span>
    );
  }
  return (
    <span className="notice-inline error" data-testid="reconciliation" data-state="differs" data-difference={reconciliation.difference}>
      {t.differsFromBank
        .replace("{amount}", formatMoney(reconciliation.difference, currencyCode))
        .replace("{date}", formatDay(reconciliation.since, INTL_LOCALE[locale]))}
    </span>
  );
}
