import type { Metadata } from "next";
import { Suspense } from "react";
import { RuleEditor } from "@/components/rules/rule-editor";
import { RuleList } from "@/components/rules/rule-list";
import { CardSkeleton } from "@/components/skeletons";
import { requireUserId } from "@/lib/auth/require-user";
import { accountsForUser } from "@/lib/db/dashboard-reads";
import { categoryOptions } from "@/lib/db/insight-reads";
import { ruleSeedOf, rulesOf } from "@/lib/db/rule-reads";
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
  const from = (await searchParams).from;
  const seedId = typeof from === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(from) ? from : undefined;
  const [rules, categories, accounts, seed] = await Promise.all([
    rulesOf(userId),
    categoryOptions(userId),
    accountsForUser(userId),
    seedId ? ruleSeedOf(userId, seedId) : Promise.resolve(null),
  ]);
  return (
    <>
      <section className="card" aria-labelledby="rules-title">
        <h2 id="rules-title">{t.own.rules}</h2>
        <RuleList rules={rules} text={t.own} />
      </section>
      <RuleEditor
        key={seedId ?? "new"}
        seed={seed}
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
