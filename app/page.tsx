import { Suspense } from "react";
import { z } from "zod";
import { AccountsTable } from "@/components/accounts-table";
import { OverviewCharts } from "@/components/overview/overview-charts";
import { RecentTransactions } from "@/components/overview/recent-transactions";
import { CardSkeleton } from "@/components/skeletons";
import { SyncStatusPanel } from "@/components/sync-status-panel";
import { requireUserId } from "@/lib/auth/require-user";
import { osloToday } from "@/lib/dates/oslo-date";
import { accountsForUser } from "@/lib/db/dashboard-reads";
import { currentMessages } from "@/lib/i18n/locale";
import { INTL_LOCALE } from "@/lib/i18n/messages";
import { syncPanelText } from "@/lib/i18n/sync-panel-text";
import { pickableMonths } from "@/lib/insights/overview-window";
import { syncInBackgroundIfStale } from "@/lib/sync/sync-if-stale";
import { syncStatus } from "@/lib/sync/sync-status";

const paramsSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/).optional().catch(undefined),
  transfers: z.enum(["include"]).optional().catch(undefined),
});

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const userId = await requireUserId();
  const params = paramsSchema.parse(await searchParams);
  const [{ locale, t }, accounts, status] = await Promise.all([currentMessages(), accountsForUser(userId), syncStatus(userId)]);
  syncInBackgroundIfStale(userId, status);
  const today = osloToday();
  // An unknown or out-of-range month falls back to this month rather than an error page.
  const month = params.month && pickableMonths(today).includes(params.month) ? params.month : today.slice(0, 7);
  return (
    <div className="stack">
      <h1>{t.overview}</h1>
      <SyncStatusPanel intlLocale={INTL_LOCALE[locale]} status={status} text={syncPanelText(t)} />
      <AccountsTable accounts={accounts} locale={locale} />
      {accounts.length > 0 && (
        <Suspense fallback={<CardSkeleton label={t.loading} />}>
          <OverviewCharts userId={userId} locale={locale} today={today} month={month} includeTransfers={params.transfers === "include"} />
        </Suspense>
      )}
      <Suspense fallback={<CardSkeleton label={t.loading} height={200} />}>
        <RecentTransactions userId={userId} locale={locale} syncing={status.running} />
      </Suspense>
    </div>
  );
}
