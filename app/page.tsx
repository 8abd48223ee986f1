import { redirect } from "next/navigation";
import { AccountsTable } from "@/components/accounts-table";
import { SyncStatusPanel } from "@/components/sync-status-panel";
import { auth } from "@/lib/auth/auth";
import { accountsForUser } from "@/lib/db/dashboard-reads";
import { currentMessages } from "@/lib/i18n/locale";
import { INTL_LOCALE } from "@/lib/i18n/messages";
import { syncInBackgroundIfStale } from "@/lib/sync/sync-if-stale";
import { syncStatus } from "@/lib/sync/sync-status";

export default async function DashboardPage() {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) redirect("/login");
  const [{ locale, t }, accounts, status] = await Promise.all([currentMessages(), accountsForUser(userId), syncStatus(userId)]);
  syncInBackgroundIfStale(userId, status);
  const intlLocale = INTL_LOCALE[locale];
  return (
    <div className="stack">
      <h1>{t.overview}</h1>
      <SyncStatusPanel
        intlLocale={intlLocale}
        status={status}
        text={{
          lastSynced: t.lastSynced,
          never: t.never,
          syncNow: t.syncNow,
          syncing: t.syncing,
          budget: t.budget,
          nextSync: t.nextSync,
          partial: t.partial,
          failed: t.failed,
          rateLimited: t.rateLimited,
          loginNeeded: t.loginNeeded,
          clientRejected: t.clientRejected,
          loginAgain: t.loginAgain,
          expiryWarning: t.expiryWarning,
        }}
      />
      <AccountsTable accounts={accounts} locale={locale} />
    </div>
  );
}
