import type { Metadata } from "next";
import { IntentLink as Link } from "@/components/intent-link";
import { Suspense } from "react";
import { CardSkeleton } from "@/components/skeletons";
import { TransactionExplorer } from "@/components/transactions/transaction-explorer";
import { requireUserId } from "@/lib/auth/require-user";
import { readTransactionsPage } from "@/lib/db/transactions-page-reads";
import { currentMessages } from "@/lib/i18n/locale";
import { INTL_LOCALE, MESSAGES, type Locale } from "@/lib/i18n/messages";
import { transactionListText } from "@/lib/i18n/transaction-text";
import { toListedTransaction } from "@/lib/transactions/to-listed-transaction";
import { toTransactionView } from "@/lib/transactions/to-transaction-view";
import { LIST_FIRST_PAGE_ROWS, splitFilterParams } from "@/lib/transactions/filter-query";
import { transactionFilterSchema } from "@/lib/transactions/transaction-filter";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentMessages();
  return { title: t.nav.transactions };
}

function validate(values: Record<string, string>) {
  const parsed = transactionFilterSchema.safeParse({ ...values, limit: "100" });
  if (parsed.success) return { ok: true as const, filter: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false as const, key: String(issue?.path[0] ?? ""), message: issue?.message ?? "invalid" };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TransactionsPage({ searchParams }: { searchParams: SearchParams }) {
  const { locale, t } = await currentMessages();
  return (
    <div className="stack">
      <div className="toolbar">
        <h1>{t.nav.transactions}</h1>
        <Link href="/rules" className="button secondary small" data-testid="rules-link">
          {t.own.rules}
        </Link>
      </div>
      <Suspense fallback={<CardSkeleton label={t.loading} height={480} />}>
        <Transactions searchParams={searchParams} locale={locale} />
      </Suspense>
    </div>
  );
}

async function Transactions({ searchParams, locale }: { searchParams: SearchParams; locale: Locale }) {
  const t = MESSAGES[locale];
  const userId = await requireUserId();
  const { values, errors } = splitFilterParams(await searchParams, validate);
  const filter = transactionFilterSchema.parse({ ...values, limit: String(LIST_FIRST_PAGE_ROWS) });
  const { page, accounts, categories, options } = await readTransactionsPage(userId, filter);
  return (
    <>
      {errors.length > 0 && (
        <p className="notice warning" role="alert" data-testid="filter-errors">
          {errors.map((error) => `${error.key}: ${error.message}`).join("; ")}
        </p>
      )}
      <TransactionExplorer
        initialValues={values}
        initialPage={{ transactions: page.items.map((row) => toListedTransaction(toTransactionView(row), INTL_LOCALE[locale])), nextCursor: page.nextCursor }}
        accounts={accounts}
        categories={categories}
        locale={INTL_LOCALE[locale]}
        categoryOptions={options}
        correctText={{ ...t.own, uncategorised: t.uncategorised }}
        sheetText={{ showResults: t.shell.showResults, close: t.shell.close }}
        text={{
          ...transactionListText(t),
          search: t.search,
          searchPlaceholder: t.searchPlaceholder,
          filters: t.filters,
          allAccounts: t.allAccounts,
          allCategories: t.allCategories,
          from: t.from,
          to: t.to,
          minAmount: t.minAmount,
          maxAmount: t.maxAmount,
          anyStatus: t.anyStatus,
          direction: t.direction,
          anyDirection: t.anyDirection,
          moneyIn: t.moneyIn,
          moneyOut: t.moneyOut,
          clearFilters: t.clearFilters,
          loadMore: t.loadMore,
          allLoaded: t.allLoaded,
          loading: t.loading,
          loadError: t.loadError,
          retry: t.retry,
          noMatches: t.noMatches,
          noTransactions: t.noTransactions,
          shown: t.shown,
        }}
      />
    </>
  );
}
