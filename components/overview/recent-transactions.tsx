import { IntentLink as Link } from "@/components/intent-link";
import { TransactionList } from "@/components/transactions/transaction-list";
import { recentTransactions } from "@/lib/db/insight-reads";
import { renderedSyncState } from "@/lib/db/sync-runs";
import { INTL_LOCALE, MESSAGES, type Locale } from "@/lib/i18n/messages";
import { transactionListText } from "@/lib/i18n/transaction-text";
import { syncLeaseLive } from "@/lib/sync/sync-status";
import { toListedTransaction } from "@/lib/transactions/to-listed-transaction";
import { toTransactionView } from "@/lib/transactions/to-transaction-view";

export async function RecentTransactions({ userId, locale }: { userId: string; locale: Locale }) {
  const t = MESSAGES[locale];
  const [recent, state] = await Promise.all([recentTransactions(userId, 10), renderedSyncState(userId)]);
  const rows = recent.map((row) => toListedTransaction(toTransactionView(row), INTL_LOCALE[locale]));
  const syncing = syncLeaseLive(state?.leaseUntil);
  return (
    <section className="card" aria-labelledby="recent-title">
      <header style={{ display: "flex", justifyContent: "space-between", alignItems: "baseline" }}>
        <h2 id="recent-title">{t.recentTransactions}</h2>
        <Link href="/transactions">{t.seeAll}</Link>
      </header>
      {rows.length === 0 ? (
        <p className="muted">{syncing ? t.syncRunning : t.noTransactions}</p>
      ) : (
        <TransactionList rows={rows} locale={INTL_LOCALE[locale]} text={transactionListText(t)} />
      )}
    </section>
  );
}
