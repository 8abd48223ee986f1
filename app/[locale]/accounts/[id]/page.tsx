import type { Metadata } from "next";
import { IntentLink as Link } from "@/components/intent-link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { BalanceChart } from "@/components/charts/balance-chart";
import { CardSkeleton, PageSkeleton } from "@/components/skeletons";
import { TransactionList } from "@/components/transactions/transaction-list";
import { requireUserId } from "@/lib/auth/require-user";
import { accountBalanceHistories } from "@/lib/dashboard/account-balance-history";
import { osloToday } from "@/lib/dates/oslo-date";
import { accountForUser } from "@/lib/db/account-reads";
import { recentTransactions } from "@/lib/db/insight-reads";
import { syncedDataVersion } from "@/lib/db/sync-runs";
import { formatAccountNumber, formatMoney } from "@/lib/format/money";
import { currentMessages } from "@/lib/i18n/locale";
import { INTL_LOCALE, MESSAGES, type Locale } from "@/lib/i18n/messages";
import { transactionListText } from "@/lib/i18n/transaction-text";
import { toListedTransaction } from "@/lib/transactions/to-listed-transaction";
import { toTransactionView } from "@/lib/transactions/to-transaction-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentMessages();
  return { title: t.account };
}

async function AccountHistory({ userId, account, locale }: { userId: string; account: { id: string; balance: number; currencyCode: string }; locale: Locale }) {
  const t = MESSAGES[locale];
  const dataVersion = (await syncedDataVersion(userId)) ?? "never-synced";
  const { id, balance, currencyCode } = account;
  const [points, recent] = await Promise.all([
    accountBalanceHistories(userId, [{ id, balance, currencyCode }], dataVersion, osloToday()).then(([history]) => history ?? []),
    recentTransactions(userId, 50, account.id),
  ]);
  return (
    <>
      <BalanceChart
        points={points}
        locale={INTL_LOCALE[locale]}
        testId="account-balance-history"
        text={{
          title: t.balanceHistory,
          date: t.date,
          balance: t.balance,
          showTable: t.showAsTable,
          showChart: t.showAsChart,
          summary: t.chartSummary.replace("{title}", t.balanceHistory).replace("{count}", String(points.length)),
        }}
      />
      <section className="card" aria-labelledby="account-tx">
        <header style={{ display: "flex", justifyContent: "space-between", alignItems: "baseline" }}>
          <h2 id="account-tx">{t.accountTransactions}</h2>
          <Link href={`/transactions?account=${account.id}`}>{t.seeAll}</Link>
        </header>
        {recent.length === 0 ? (
          <p className="muted">{t.noTransactions}</p>
        ) : (
          <TransactionList rows={recent.map((row) => toListedTransaction(toTransactionView(row), INTL_LOCALE[locale]))} locale={INTL_LOCALE[locale]} text={transactionListText(t)} showAccount={false} />
        )}
      </section>
    </>
  );
}

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const { locale, t } = await currentMessages();
  return (
    <Suspense fallback={<PageSkeleton label={t.loading} />}>
      <Account params={params} locale={locale} />
    </Suspense>
  );
}

async function Account({ params, locale }: { params: Promise<{ id: string }>; locale: Locale }) {
  const t = MESSAGES[locale];
  const userId = await requireUserId();
  const { id } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) notFound();
  const account = await accountForUser(userId, id);
  if (!account) notFound();
  return (
    <div className="stack">
      <div>
        <p className="muted" style={{ margin: 0 }}>
          <Link href="/accounts">{t.nav.accounts}</Link> › {t.types[account.type] ?? account.type}
        </p>
        <h1>{account.description ?? account.name}</h1>
        <p className="muted" style={{ margin: 0 }}>
          {formatAccountNumber(account.accountNumber)}
          {account.description && ` · ${account.name}`}
        </p>
      </div>
      <section className="card stat-grid">
        <div>
          <p className="stat-label">{t.balance}</p>
          <p className="stat-value" data-testid="account-detail-balance">
            {formatMoney(account.balance, account.currencyCode)}
          </p>
        </div>
        <div>
          <p className="stat-label">{t.available}</p>
          <p className="stat-value">{formatMoney(account.availableBalance, account.currencyCode)}</p>
        </div>
        {account.creditLimit !== null && (
          <div>
            <p className="stat-label">{t.creditLimit}</p>
            <p className="stat-value">{formatMoney(account.creditLimit, account.currencyCode)}</p>
          </div>
        )}
      </section>
      <Suspense fallback={<CardSkeleton label={t.loading} />}>
        <AccountHistory userId={userId} account={account} locale={locale} />
      </Suspense>
    </div>
  );
}
