import type { Metadata } from "next";
import { Suspense } from "react";
import { z } from "zod";
import { SeriesList } from "@/components/recurring/series-list";
import { CardSkeleton } from "@/components/skeletons";
import { requireUserId } from "@/lib/auth/require-user";
import { osloToday } from "@/lib/dates/oslo-date";
import { currentMessages } from "@/lib/i18n/locale";
import type { Locale } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentMessages();
  return { title: t.recurring.title };
}

const paramsSchema = z.object({ sort: z.enum(["cost", "name", "next"]).optional().catch(undefined) });

export default async function SubscriptionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, t } = await currentMessages();
  return (
    <div className="stack recurring-page">
      <h1>{t.recurring.title}</h1>
      <p className="muted" style={{ margin: 0 }}>
        {t.recurring.intro}
      </p>
      <Suspense fallback={<CardSkeleton label={t.loading} height={320} />}>
        <Series locale={locale} searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

async function Series({ locale, searchParams }: { locale: Locale; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const userId = await requireUserId();
  const { sort } = paramsSchema.parse(await searchParams);
  return <SeriesList userId={userId} locale={locale} today={osloToday()} sort={sort ?? "cost"} />;
}
