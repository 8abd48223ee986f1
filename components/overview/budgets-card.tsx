import { IntentLink as Link } from "@/components/intent-link";
import { BudgetLines } from "@/components/budgets/budget-lines";
import { readBudgetLines } from "@/lib/budgets/read-budget-month";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";

/** The three budgets closest to (or over) their limit this month; nothing when no budget is set. */
export async function BudgetsCard({ userId, locale, today }: { userId: string; locale: Locale; today: string }) {
  const t = MESSAGES[locale];
  const lines = await readBudgetLines(userId, today.slice(0, 7), today);
  if (lines.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="budgets-card-title" data-testid="budgets-card">
      <div className="inbox-head">
        <h2 id="budgets-card-title" style={{ margin: 0 }}>
          {t.budgets.card}
        </h2>
        <Link href="/budgets">{t.budgets.cardLink}</Link>
      </div>
      <BudgetLines lines={lines.slice(0, 3)} text={t.budgets} editable={false} />
    </section>
  );
}
