import type { Metadata } from "next";
import { IntentLink as Link } from "@/components/intent-link";
import { Suspense } from "react";
import { z } from "zod";
import { BudgetForm } from "@/components/budgets/budget-form";
import { BudgetLines } from "@/components/budgets/budget-lines";
import { SuggestionButton } from "@/components/budgets/suggestion-button";
import { CardSkeleton } from "@/components/skeletons";
import { requireUserId } from "@/lib/auth/require-user";
import { budgetMonthParam } from "@/lib/budgets/budget-month";
import { readBudgetMonth } from "@/lib/budgets/read-budget-month";
import { osloToday } from "@/lib/dates/oslo-date";
import { categoryTree } from "@/lib/db/budget-store";
import { formatMonthLong } from "@/lib/format/chart-format";
import { formatMoney } from "@/lib/format/money";
import { currentMessages } from "@/lib/i18n/locale";
import { INTL_LOCALE, MESSAGES, type Locale } from "@/lib/i18n/messages";
import { addMonths } from "@/lib/insights/calendar";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentMessages();
  return { title: t.budgets.title };
}

const paramsSchema = z.object({ month: z.string().max(20).optional().catch(undefined) });

export default async function BudgetsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, t } = await currentMessages();
  return (
    <div className="stack">
      <h1>{t.budgets.title}</h1>
      <Suspense fallback={<CardSkeleton label={t.loading} height={320} />}>
        <Budgets searchParams={searchParams} locale={locale} />
      </Suspense>
    </div>
  );
}

async function Budgets({ searchParams, locale }: { searchParams: Promise<Record<string, string | string[] | undefined>>; locale: Locale }) {
  const t = MESSAGES[locale];
  const userId = await requireUserId();
  const params = paramsSchema.parse(await searchParams);
  const today = osloToday();
  const named = budgetMonthParam(params.month);
  const valid = named !== null;
  const month = named ?? today.slice(0, 7);
  const [view, tree] = await Promise.all([readBudgetMonth(userId, month, today), categoryTree(userId)]);
  const categories = [...tree.entries()]
    .map(([code, main]) => ({ code, label: main.label, subs: [...main.subs.entries()].map(([sub, label]) => ({ code: sub, label })) }))
    .sort((a, b) => a.label.localeCompare(b.label, "nb"));
  const budgeted = new Set(view.lines.map((line) => line.category));
  const kroner = (ore: number) => String(Math.round(ore / 100));
  return (
    <>
      {params.month !== undefined && !valid && (
        <p className="notice warning" role="status">
          {t.budgets.invalidMonth.replace("{value}", params.month.slice(0, 20))}
        </p>
      )}
      <nav className="month-nav" aria-label={t.budgets.month}>
        <Link href={`/budgets?month=${addMonths(month, -1)}`} rel="prev">
          ← {t.budgets.previous}
        </Link>
        <strong data-testid="budget-month" data-month={month}>
          {formatMonthLong(month, INTL_LOCALE[locale])}
        </strong>
        <Link href={`/budgets?month=${addMonths(month, 1)}`} rel="next">
          {t.budgets.next} →
        </Link>
      </nav>
      <section className="card stack" aria-labelledby="budget-lines-title">
        <h2 id="budget-lines-title">{t.budgets.title}</h2>
        {view.lines.length === 0 ? <p className="muted">{t.budgets.none}</p> : <BudgetLines lines={view.lines} text={t.budgets} editable />}
        {view.lines.length > 0 && (
          <p data-testid="budget-totals" style={{ margin: 0 }}>
            <strong>{t.budgets.totals}:</strong> {t.budgets.spent} {formatMoney(view.totals.spent)} / {t.budgets.budget} {formatMoney(view.totals.budget)} · {t.budgets.left}{" "}
            {formatMoney(view.totals.left)}
          </p>
        )}
      </section>
      <section className="card stack" aria-labelledby="budget-edit-title">
        <h2 id="budget-edit-title">{t.budgets.edit}</h2>
        {categories.length > 0 && <BudgetForm text={t.budgets} categories={categories} />}
        {view.suggestions.filter((suggestion) => !budgeted.has(suggestion.category)).length > 0 && (
          <>
            <h3>{t.budgets.suggestions}</h3>
            <ul className="plain-list" data-testid="budget-suggestions">
              {view.suggestions
                .filter((suggestion) => !budgeted.has(suggestion.category))
                .map((suggestion) => (
                  <li key={suggestion.category} className="suggestion" data-category={suggestion.category} data-amount={suggestion.amount}>
                    <span>{suggestion.label}</span>
                    <SuggestionButton category={suggestion.category} amountText={kroner(suggestion.amount)} label={t.budgets.useSuggestion.replace("{amount}", formatMoney(suggestion.amount))} />
                  </li>
                ))}
            </ul>
          </>
        )}
      </section>
      <section className="card stack" aria-labelledby="unbudgeted-title">
        <h2 id="unbudgeted-title">{t.budgets.unbudgeted}</h2>
        {view.unbudgeted.length === 0 ? (
          <p className="muted">{t.budgets.noUnbudgeted}</p>
        ) : (
          <ul className="plain-list" data-testid="unbudgeted">
            {view.unbudgeted.map((item) => (
              <li key={item.category} className="suggestion" data-category={item.category} data-spent={item.spent}>
                <span>{item.label}</span>
                <span className="amount">{formatMoney(item.spent)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
