import Link from "next/link";
import { TransactionList } from "@/components/transactions/transaction-list";
import { recentTransactions } from "@/lib/db/insight-reads";
import { INTL_LOCALE, MESSAGES, type Locale } from "@/lib/i18n/messages";
import { transactionListText } from "@/lib/i18n/transaction-text";
import { toTransactionView } from "@/lib/transactions/to-transaction-view";

export async function RecentTransactions({ userId, locale, syncing }: { userId: string; locale: Locale; syncing: boolean }) {
  const t = MESSAGES[locale];
  const rows = (await recentTransactions(userId, 10)).map(toTransactionView);
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
