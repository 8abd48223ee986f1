import { Suspense } from "react";
import { z } from "zod";
import { AccountsSection } from "@/components/overview/accounts-section";
import { OverviewCharts } from "@/components/overview/overview-charts";
import { RecentTransactions } from "@/components/overview/recent-transactions";
import { SyncStatusSection } from "@/components/overview/sync-status-section";
import { CardSkeleton } from "@/components/skeletons";
import { requireUserId } from "@/lib/auth/require-user";
import { osloToday } from "@/lib/dates/oslo-date";
import { currentMessages } from "@/lib/i18n/locale";
import { pickableMonths } from "@/lib/insights/overview-window";

const paramsSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/).optional().catch(undefined),
  transfers: z.enum(["include"]).optional().catch(undefined),
});

// The shell (heading and skeletons) is sent at once; each section streams in as its data is read.
export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const userId = await requireUserId();
  const params = paramsSchema.parse(await searchParams);
  const { locale, t } = await currentMessages();
  const today = osloToday();
  // An unknown or out-of-range month falls back to this month rather than an error page.
  const month = params.month && pickableMonths(today).includes(params.month) ? params.month : today.slice(0, 7);
  return (
    <div className="stack">
      <h1>{t.overview}</h1>
      <Suspense fallback={<CardSkeleton label={t.loading} height={48} />}>
        <SyncStatusSection userId={userId} locale={locale} />
      </Suspense>
      <Suspense fallback={<CardSkeleton label={t.loading} height={220} />}>
        <AccountsSection userId={userId} locale={locale} />
      </Suspense>
      <Suspense fallback={<CardSkeleton label={t.loading} />}>
        <OverviewCharts userId={userId} locale={locale} today={today} month={month} includeTransfers={params.transfers === "include"} />
      </Suspense>
      <Suspense fallback={<CardSkeleton label={t.loading} height={200} />}>
        <RecentTransactions userId={userId} locale={locale} />
      </Suspense>
    </div>
  );
}
