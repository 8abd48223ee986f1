import { Suspense } from "react";
import { z } from "zod";
import { AccountsSection } from "@/components/overview/accounts-section";
import { BudgetsCard } from "@/components/overview/budgets-card";
import { OverviewCharts, OverviewChartsSkeleton } from "@/components/overview/overview-charts";
import { RecentTransactions } from "@/components/overview/recent-transactions";
import { SyncStatusSection } from "@/components/overview/sync-status-section";
import { CardSkeleton } from "@/components/skeletons";
import { requireUserId } from "@/lib/auth/require-user";
import { renderedRecurring } from "@/lib/dashboard/load-recurring";
import { accountsForUser } from "@/lib/db/dashboard-reads";
import { renderedSeriesChoices } from "@/lib/db/series-choices";
import { osloToday } from "@/lib/dates/oslo-date";
import { currentMessages } from "@/lib/i18n/locale";
import { MESSAGES, type Locale } from "@/lib/i18n/messages";
import { pickableMonths } from "@/lib/insights/overview-window";

// In the phone layout (the bottom bar's breakpoint, app/globals.css) the accounts are stacked cards
// of about 330 px each: with three or more, the charts below them start past the first screen of a
// window up to 960 px tall (every phone held upright), so its first paint does not wait for them.
const CHARTS_BELOW_FIRST_SCREEN = { minAccounts: 3, media: "(max-width: 45rem) and (max-height: 60rem)" };

const paramsSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/).optional().catch(undefined),
  transfers: z.enum(["include"]).optional().catch(undefined),
});

// The heading and skeletons are the prerendered shell, sent at once; each section streams in as its
// data is read.
export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, t } = await currentMessages();
  return (
    <div className="stack">
      <h1>{t.overview}</h1>
      <Suspense fallback={<OverviewSkeleton label={t.loading} />}>
        <OverviewSections searchParams={searchParams} locale={locale} />
      </Suspense>
    </div>
  );
}

function OverviewSkeleton({ label }: { label: string }) {
  return (
    <>
      <CardSkeleton label={label} height={48} />
      <CardSkeleton label={label} height={220} />
      <OverviewChartsSkeleton label={label} />
      <CardSkeleton label={label} height={200} />
    </>
  );
}

async function OverviewSections({ searchParams, locale }: { searchParams: Promise<Record<string, string | string[] | undefined>>; locale: Locale }) {
  const userId = await requireUserId();
  const params = paramsSchema.parse(await searchParams);
  const t = MESSAGES[locale];
  const today = osloToday();
  // An unknown or out-of-range month falls back to this month rather than an error page.
  const month = params.month && pickableMonths(today).includes(params.month) ? params.month : today.slice(0, 7);
  // The forecast (drawn once the charts are in) starts now: the series choices join the sections'
  // first read batch and, after a sync, its series inputs join the charts' batch. Its own section
  // reports a failure, so here it is only marked handled.
  renderedSeriesChoices(userId).catch(() => undefined);
  renderedRecurring(userId, today).catch(() => undefined);
  // Two boundaries, the second inside the first: the sections whose height depends on the data
  // (accounts, budgets) arrive together, and the charts' skeleton only appears below them once they
  // are in, so nothing that is already on screen moves when a section streams in. Where the charts
  // start below the first screen, the first paint does not wait for them (CHARTS_BELOW_FIRST_SCREEN).
  return (
    <Suspense
      fallback={
        <>
          <CardSkeleton label={t.loading} height={48} />
          <CardSkeleton label={t.loading} height={220} />
        </>
      }
    >
      <SyncStatusSection userId={userId} locale={locale} />
      <AccountsSection userId={userId} locale={locale} />
      <BudgetsCard userId={userId} locale={locale} today={today} />
      <Suspense fallback={<ChartsSkeleton userId={userId} label={t.loading} />}>
        <OverviewCharts userId={userId} locale={locale} today={today} month={month} includeTransfers={params.transfers === "include"} />
        <RecentTransactions userId={userId} locale={locale} />
      </Suspense>
    </Suspense>
  );
}

/** The charts' and the recent transactions' places while they are read. */
async function ChartsSkeleton({ userId, label }: { userId: string; label: string }) {
  // The accounts section reads the same, in the same read batch (cached per request).
  const accountCount = (await accountsForUser(userId)).length;
  return (
    <>
      <OverviewChartsSkeleton label={label} belowFirstScreen={accountCount >= CHARTS_BELOW_FIRST_SCREEN.minAccounts ? CHARTS_BELOW_FIRST_SCREEN.media : undefined} />
      <CardSkeleton label={label} height={200} />
    </>
  );
}
