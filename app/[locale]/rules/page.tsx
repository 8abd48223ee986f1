import type { Metadata } from "next";
import { Suspense } from "react";
import { RuleEditor } from "@/components/rules/rule-editor";
import { RuleList } from "@/components/rules/rule-list";
import { CardSkeleton } from "@/components/skeletons";
import { requireUserId } from "@/lib/auth/require-user";
import { accountsForUser } from "@/lib/db/dashboard-reads";
import { categoryOptions } from "@/lib/db/insight-reads";
import { ruleSeedOf, rulesOf } from "@/lib/db/rule-reads";
import { describeRule } from "@/lib/rules/describe-rule";
import { currentMessages } from "@/lib/i18n/locale";
import { INTL_LOCALE, MESSAGES, type Locale } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentMessages();
  return { title: t.own.rules };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RulesPage({ searchParams }: { searchParams: SearchParams }) {
  const { locale, t } = await currentMessages();
  return (
    <div className="stack">
      <h1>{t.own.rules}</h1>
      <p className="muted">{t.own.rulesIntro}</p>
      <Suspense fallback={<CardSkeleton label={t.loading} height={480} />}>
        <Rules searchParams={searchParams} locale={locale} />
      </Suspense>
    </div>
  );
}

async function Rules({ searchParams, locale }: { searchParams: SearchParams; locale: Locale }) {
  const t = MESSAGES[locale];
  const userId = await requireUserId();
  const { from, edit } = await searchParams;
  const validId = (value: unknown) => (typeof value === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : undefined);
  const seedId = validId(from);
  const [rules, categories, accounts, seed] = await Promise.all([
    rulesOf(userId),
    categoryOptions(userId),
    accountsForUser(userId),
    seedId ? ruleSeedOf(userId, seedId) : Promise.resolve(null),
  ]);
  // An unknown rule to edit (deleted meanwhile, or a made-up id) leaves the editor on a new rule.
  const editing = rules.find((rule) => rule.id === validId(edit));
  const labels = { ...t.own, account: t.account, direction: t.direction, moneyIn: t.moneyIn, moneyOut: t.moneyOut };
  const names = {
    accounts: new Map(accounts.map((account) => [account.id, account.description ?? account.name])),
    categories: new Map(categories.map((option) => [option.main, option.mainLabel])),
  };
  const described = rules.map((rule) => ({ id: rule.id, name: rule.name, description: describeRule(rule, labels, names, INTL_LOCALE[locale]) }));
  return (
    <>
      <section className="card" aria-labelledby="rules-title">
        <h2 id="rules-title">{t.own.rules}</h2>
        <RuleList rules={described} text={t.own} editingId={editing?.id} />
      </section>
      <RuleEditor
        key={editing ? `edit-${editing.id}` : (seedId ?? "new")}
        seed={editing ?? seed}
        editingId={editing?.id}
        categories={categories}
        accounts={accounts.map((account) => ({ id: account.id, name: account.description ?? account.name }))}
        locale={INTL_LOCALE[locale]}
        text={{
          ...t.own,
          account: t.account,
          direction: t.direction,
          anyDirection: t.anyDirection,
          moneyIn: t.moneyIn,
          moneyOut: t.moneyOut,
          yes: t.own.yes,
          no: t.own.no,
        }}
      />
    </>
  );
}
