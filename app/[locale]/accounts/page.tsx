import type { Metadata } from "next";
import { Suspense } from "react";
import { AccountCards } from "@/components/account-cards";
import { CardSkeleton } from "@/components/skeletons";
import { requireUserId } from "@/lib/auth/require-user";
import { accountSparklines } from "@/lib/dashboard/account-sparklines";
import { accountsForUser } from "@/lib/db/dashboard-reads";
import { syncedDataVersion } from "@/lib/db/sync-runs";
import { currentMessages } from "@/lib/i18n/locale";
import type { Locale } from "@/lib/i18n/messages";
import { accountReconciliations } from "@/lib/reconciliation/account-reconciliations";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentMessages();
  return { title: t.nav.accounts };
}

export default async function AccountsPage() {
  const { locale, t } = await currentMessages();
  return (
    <div className="stack">
      <h1>{t.nav.accounts}</h1>
      <Suspense fallback={<CardSkeleton label={t.loading} height={220} />}>
        <Accounts locale={locale} />
      </Suspense>
    </div>
  );
}

async function Accounts({ locale }: { locale: Locale }) {
  const userId = await requireUserId();
  // The data version the balance lines are kept by is asked for now, so it joins the same read batch.
  const [accounts, reconciliations] = await Promise.all([accountsForUser(userId), accountReconciliations(userId), syncedDataVersion(userId)]);
  return <AccountCards accounts={accounts} locale={locale} reconciliations={reconciliations} histories={await accountSparklines(userId, accounts)} />;
}
